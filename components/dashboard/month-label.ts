/** "YYYY-MM" / "YYYY-MM-DD" as a UTC Date, for the formatter. */
export const monthDate = (month: string) => new Date(`${month}-01T00:00:00Z`);
export const dayDate = (day: string) => new Date(`${day}T00:00:00Z`);
