// Dates shown to people. Public story dates are deliberately coarse (month and year) so
// they can't be lined up with an account's activity.

const DATE = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeZone: "UTC" });
const MONTH_YEAR = new Intl.DateTimeFormat("en-US", { month: "long", year: "numeric", timeZone: "UTC" });

export function formatDate(date: Date | string): string {
  return DATE.format(new Date(date));
}

export function formatMonthYear(date: Date | string): string {
  return MONTH_YEAR.format(new Date(date));
}
