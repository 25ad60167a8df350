/*
 * sopflow's Tasklist configuration. It replaces the webjar's scripts/config.js (the application's own classpath
 * comes before the webjar's), so it repeats the webjar's keyboard shortcuts, with Indonesian descriptions.
 */
export default {
  // sopflow (issue 15): Bahasa Indonesia first. A browser whose first language is English gets English; any other
  // language (and a missing key) falls back to Indonesian. The translations are ../locales/id.json.
  locales: {
    availableLocales: ['id', 'en'],
    fallbackLocale: 'id'
  },

  // Camunda Forms (form-js) validation messages in Indonesian; late steps marked on the cards; "Laporan Saya" in the
  // header; the shared "what to post" block of the manual posting forms. See each script's header.
  customScripts: ['scripts/form-messages', 'scripts/kartu-terlambat', 'scripts/laporan-saya', 'scripts/bahan-unggahan'],

  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'mengambil tugas yang sedang dipilih'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'memindahkan fokus ke filter pertama di daftar'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'memindahkan fokus ke tugas pertama di daftar'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'memindahkan fokus ke kolom isian pertama di formulir tugas'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: 'membuka dialog mulai proses'
    }
  }
};
