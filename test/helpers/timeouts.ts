// Time limits that only catch a hang. A property test draws thousands of inputs, which on a slow or
// busy machine can take far longer than vitest's default 5 s with nothing wrong.

/** For a test that checks a fast-check property. */
export const PROPERTY_MS = 60_000;
