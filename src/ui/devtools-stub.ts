// Ink loads react-devtools-core only when DEV=true; the bundle swaps it for this empty module.
export default {};
