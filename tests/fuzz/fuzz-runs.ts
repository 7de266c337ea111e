/** How many generated cases each property runs: a few hundred in `npm test`, SEXTANT_FUZZ_RUNS in `npm run fuzz`. */
export const FUZZ_RUNS = Number(process.env.SEXTANT_FUZZ_RUNS ?? 200);
