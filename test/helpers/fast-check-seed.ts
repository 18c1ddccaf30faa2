// Property tests explore new random inputs on every local run. CI replays one fixed seed (or
// FC_SEED) so that a red run can be reproduced and a green one is not luck; a counterexample found
// locally becomes a plain test of its own.
import fc from 'fast-check';

if (process.env.CI || process.env.FC_SEED) fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 20261127) });
