/** Today's date in the UK, as "YYYY-MM-DD" (the site's documents are dated in UK time). */
export function todayInUk(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/London',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}
