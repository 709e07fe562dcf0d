// The reminders and the screens that show their dates write them as every other date of the app.
export { formatDate as formatDay, formatInstant } from '../i18n/format';
