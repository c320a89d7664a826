// The pages' translations: t('English text', args…) in the page's language, from the catalogue
// (messages.js) that the server makes from po/vi.po for each request; the language switch.
import { LANG, MESSAGES } from './messages.js';

// "vi" or "en": the language the server chose for this page.
export const lang = LANG;

// Fills %1$s, %2$d… with the arguments (numbers with the language's decimal separator); %% is %.
function fill(text, args) {
  return text.replace(/%(?:(\d+)\$[sd]|%)/g, (whole, number) => {
    if (whole === '%%') return '%';
    const value = args[Number(number) - 1];
    if (value === undefined) return whole;
    if (typeof value === 'number' && !Number.isInteger(value) && LANG === 'vi') return String(value).replace('.', ',');
    return String(value);
  });
}

// The translation of `msgid`, its placeholders filled with `args`.
export function t(msgid, ...args) {
  const found = MESSAGES[msgid];
  return fill(typeof found === 'string' ? found : msgid, args);
}

// The form of a message with a count `n` (English: one / many; Vietnamese has one form), filled.
export function tn(singular, plural, n, ...args) {
  const found = MESSAGES[singular];
  const forms = Array.isArray(found) ? found : [singular, plural];
  return fill(n === 1 ? forms[0] : forms[1], args);
}

// Switches the pages to `code` ("vi" or "en") for this browser, and reloads.
export function setLanguage(code) {
  document.cookie = `thidua_lang=${code}; Path=/; SameSite=Strict; Max-Age=31536000`;
  location.reload();
}

// A link to the other language, for the header: "English" on Vietnamese pages, "Tiếng Việt" on English ones.
export function languageSwitch() {
  const other = LANG === 'vi' ? 'en' : 'vi';
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'language';
  button.lang = other;
  // Each language's name in itself, so a reader of either finds it.
  button.textContent = other === 'en' ? 'English' : 'Tiếng Việt';
  button.addEventListener('click', () => setLanguage(other));
  return button;
}
