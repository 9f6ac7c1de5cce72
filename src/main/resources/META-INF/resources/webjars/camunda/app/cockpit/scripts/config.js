/*
 * LuuTru: the Cockpit's configuration (replaces the one of the Camunda webapp).
 * See https://docs.camunda.org/manual/7.24/webapps/cockpit/configuration/ (locales, customScripts).
 */
export default {
  // Vietnamese first (locales/vi.json), English for those who choose it.
  locales: {
    availableLocales: ['vi', 'en'],
    fallbackLocale: 'vi'
  },

  // The language the officer chose and its switch, one script for every webapp (kept with the
  // Tasklist's scripts). luutru-progress: the progress of long work (intake, fixity audit,
  // packaging, erasure) on the dashboard and in a "Tiến độ / Progress" tab of process definitions
  // and instances.
  customScripts: ['../tasklist/scripts/luutru-language', 'scripts/luutru-progress']
};
