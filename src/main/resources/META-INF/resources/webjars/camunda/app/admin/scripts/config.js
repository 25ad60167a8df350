/*
 * sopflow's Admin configuration. It replaces the webjar's scripts/config.js (the application's own classpath
 * comes before the webjar's).
 */
export default {
  // sopflow (issue 15): Bahasa Indonesia first. A browser whose first language is English gets English; any other
  // language (and a missing key) falls back to Indonesian. The translations are ../locales/id.json.
  locales: {
    availableLocales: ['id', 'en'],
    fallbackLocale: 'id'
  }
};
