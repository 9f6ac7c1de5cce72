/*
 * LuuTru: the Tasklist's configuration (replaces the one of the Camunda webapp).
 * See https://docs.camunda.org/manual/7.24/webapps/tasklist/configuration/
 */
export default {
  // Vietnamese first (locales/vi.json), English for those who choose it; luutru-language makes
  // the officer's choice, not the browser's, the one the Tasklist sees.
  locales: {
    availableLocales: ['vi', 'en'],
    fallbackLocale: 'vi'
  },

  // luutru-language: the language and its switch. luutru-forms: the helpers of LuuTru's embedded
  // forms (static/forms/*.html), imported once before the Tasklist starts, so every form finds
  // window.LuuTruForms however the task was opened. luutru-claim: "claim it first" above a form
  // the officer cannot fill yet.
  customScripts: ['scripts/luutru-language', 'scripts/luutru-forms', 'scripts/luutru-claim'],

  // Camunda's default keyboard shortcuts, kept.
  shortcuts: {
    claimTask: { key: 'ctrl+alt+c', description: 'claims the currently selected task' },
    focusFilter: { key: 'ctrl+shift+f', description: 'set the focus to the first filter in the list' },
    focusList: { key: 'ctrl+alt+l', description: 'sets the focus to the first task in the list' },
    focusForm: { key: 'ctrl+alt+f', description: 'sets the focus to the first input field in a task form' },
    startProcess: { key: 'ctrl+alt+p', description: 'opens the start process modal dialog' }
  }
};
