/*
 * Camunda Forms validation messages in Bahasa Indonesia (issue 15).
 *
 * Tasklist 7.24 renders Camunda Forms with form-js 1.8.7, whose validator writes fixed English sentences
 * ("Field is required.", "Field must match pattern ^\s*https?://….") and offers no translation hook. This Tasklist
 * custom script (loaded through config.js `customScripts`) rewrites those sentences where form-js shows them, in
 * the list under a field (`.fjs-form-field-error li`), and the few fixed words of its selection and time fields
 * ("Select", "Search", "No results", "hh:mm"); form-js itself and the submitted data are untouched.
 *
 * A pattern says nothing to a clerk, so a form may name the message for its field in the field's custom properties
 * (form-js `properties`, "Custom properties" in Camunda Modeler):
 *
 *     "validate": { "pattern": "^\\s*https?://\\S+\\s*$" },
 *     "properties": { "pesanValidasi": "Tautan harus diawali https://" }
 *
 * The script learns these messages from the form schemas Tasklist fetches (`…/deployed-form`,
 * `…/deployed-start-form`); a pattern without one reads "Isian tidak sesuai format yang diminta.".
 *
 * Language: the same rule as the apps' locale choice (config.js): a browser whose first language is English keeps
 * form-js's English; every other browser reads Indonesian.
 */

const CUSTOM_MESSAGE_PROPERTY = 'pesanValidasi';
const DEFAULT_PATTERN_MESSAGE = 'Isian tidak sesuai format yang diminta.';

/** Custom messages by the pattern they explain, from every form schema seen so far. */
const patternMessages = new Map();

function firstBrowserLanguage() {
  const languages = window.navigator.languages;
  const language = (languages && languages.length ? languages[0] : window.navigator.language) || '';
  return language.split('-')[0].toLowerCase();
}

function rememberMessages(component) {
  if (!component || typeof component !== 'object') {
    return;
  }
  const pattern = component.validate && component.validate.pattern;
  const message = component.properties && component.properties[CUSTOM_MESSAGE_PROPERTY];
  if (pattern && message) {
    patternMessages.set(pattern, message);
  }
  (component.components || []).forEach(rememberMessages);
}

/** Every sentence form-js 1.8.7's validator can produce, in the order its validator checks them. */
const RULES = [
  [/^Field must match pattern ([\s\S]+)\.$/, (pattern) => patternMessages.get(pattern) || DEFAULT_PATTERN_MESSAGE],
  [/^Field is required\.$/, () => 'Wajib diisi.'],
  [/^Field must have minimum value of (.+)\.$/, (min) => `Nilai paling kecil ${min}.`],
  [/^Field must have maximum value of (.+)\.$/, (max) => `Nilai paling besar ${max}.`],
  [/^Field must have minimum length of (\d+)\.$/, (length) => `Isian paling sedikit ${length} karakter.`],
  [/^Field must have maximum length of (\d+)\.$/, (length) => `Isian paling banyak ${length} karakter.`],
  [/^Field must be a valid\s+international phone number\./,
    () => 'Nomor telepon harus ditulis dalam format internasional (misalnya +6281234567890).'],
  [/^Field must be a valid email\.$/, () => 'Alamat surel tidak valid.'],
  [/^Value is not a number\.$/, () => 'Nilai harus berupa angka.'],
  [/^Value is expected to be an integer\.$/, () => 'Nilai harus berupa bilangan bulat.'],
  [/^Value is expected to have at most (\d+) decimal digits?\.$/,
    (digits) => `Nilai paling banyak memiliki ${digits} angka di belakang koma.`],
  [/^Please select a valid value, the two nearest valid values are (.+) and (.+)\.$/,
    (lower, upper) => `Pilih nilai yang sah; dua nilai sah terdekat adalah ${lower} dan ${upper}.`]
];

function translate(message) {
  for (const [english, indonesian] of RULES) {
    const match = english.exec(message);
    if (match) {
      return indonesian(...match.slice(1));
    }
  }
  return null;
}

/** The few fixed words of form-js's selection and time fields, by where they appear. */
const FIELD_TEXTS = [
  ['.fjs-select-display', { Select: 'Pilih' }],
  ['.fjs-dropdownlist-empty', { 'No results': 'Tidak ada hasil', 'All values selected': 'Semua nilai sudah dipilih' }]
];
const PLACEHOLDERS = { Search: 'Cari', 'hh:mm': 'jj:mm' };

// form-js (Preact) keeps a reference to each text node and updates its data when the text changes: change the
// data in place so that both stay in step.
function replaceText(element, replacement) {
  element.childNodes.forEach((node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      const indonesian = replacement(node.data);
      if (indonesian && indonesian !== node.data) {
        node.data = indonesian;
      }
    }
  });
}

function translateForms(root) {
  root.querySelectorAll('.fjs-form-field-error li').forEach((item) => replaceText(item, translate));
  FIELD_TEXTS.forEach(([selector, texts]) => {
    root.querySelectorAll(selector).forEach((element) => replaceText(element, (text) => texts[text]));
  });
  root.querySelectorAll('.fjs-container input[placeholder]').forEach((input) => {
    const indonesian = PLACEHOLDERS[input.getAttribute('placeholder')];
    if (indonesian) {
      input.setAttribute('placeholder', indonesian);
    }
  });
}

function learnFromFormFetches() {
  const originalFetch = window.fetch.bind(window);
  window.fetch = (...args) => {
    const result = originalFetch(...args);
    const url = String(args[0] && args[0].url ? args[0].url : args[0]);
    if (/\/deployed-(start-)?form(\?|$)/.test(url)) {
      result
        .then((response) => (response.ok ? response.clone().json() : null))
        .then(rememberMessages)
        .catch(() => {});
    }
    return result;
  };
}

if (firstBrowserLanguage() !== 'en') {
  learnFromFormFetches();
  new MutationObserver(() => translateForms(document.body)).observe(document.documentElement, {
    childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['placeholder']
  });
}
