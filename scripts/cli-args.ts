/** A command-line option that must be a positive integer; exits 2 with the option's name otherwise. */
export function positiveIntOption(name: string, value: string | undefined): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) {
    console.error(`--${name} must be a positive integer`);
    process.exit(2);
  }
  return n;
}
