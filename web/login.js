// The sign-in page of office mode: sends the name and password as JSON, then opens the app.
import { t, languageSwitch } from './i18n.js';

document.querySelector('header.top').append(languageSwitch());
const form = document.getElementById('login-form');
const user = document.getElementById('login-user');
const password = document.getElementById('login-password');
const message = document.getElementById('login-message');
const submit = document.getElementById('login-submit');

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  message.textContent = '';
  if (!user.value.trim() || !password.value) {
    message.textContent = t('Enter your user name and password.');
    (user.value.trim() ? password : user).focus();
    return;
  }
  submit.disabled = true;
  try {
    const response = await fetch('/api/login', {
      method: 'POST', credentials: 'same-origin', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ user: user.value.trim(), password: password.value }),
    });
    const data = await response.json();
    if (response.status === 200) {
      location.replace('/');
      return;
    }
    message.textContent = data.error || t('Could not sign in.');
    password.value = '';
    password.focus();
  } catch {
    message.textContent = t('Could not reach the server. Try again.');
  } finally {
    submit.disabled = false;
  }
});
user.focus();
