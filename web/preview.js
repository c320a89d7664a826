// The live preview: the chosen document of the form's current state, drawn page by page with pdf.js.
import * as pdfjs from './vendor/pdf.min.mjs';
import { t, tn } from './i18n.js';

pdfjs.GlobalWorkerOptions.workerSrc = '/assets/vendor/pdf.worker.min.mjs';
// One worker for every render: starting one (parsing pdf.js's worker) per document cost most of a preview.
let sharedWorker = null;

// Office mode's CSRF token, sent with every render request (set by app.js after it signs in).
let csrfToken = '';
export function setCsrfToken(token) { csrfToken = token || ''; }

export class Preview {
  // `kinds`: the documents the server makes; `source()`: the {path, tree} to render.
  constructor(kinds, source) {
    this.kinds = kinds;
    this.source = source;
    this.kind = kinds.length ? kinds[0].name : '';
    this.busy = false;
    this.again = false;
    this.url = null;
    this.generation = 0;
    this.element = this.build();
  }

  build() {
    const tabs = document.createElement('div');
    tabs.className = 'preview-tabs';
    tabs.setAttribute('role', 'group');
    tabs.setAttribute('aria-label', t('Documents to preview'));
    this.buttons = this.kinds.map((k) => {
      const b = document.createElement('button');
      b.type = 'button';
      b.textContent = k.title;
      b.setAttribute('aria-pressed', String(k.name === this.kind));
      b.addEventListener('click', () => {
        this.kind = k.name;
        for (const other of this.buttons) other.setAttribute('aria-pressed', String(other === b));
        this.request();
      });
      tabs.append(b);
      return b;
    });
    this.download = document.createElement('a');
    this.download.className = 'button download';
    this.download.textContent = t('Download the PDF');
    this.download.setAttribute('aria-disabled', 'true');
    this.state = document.createElement('p');
    this.state.className = 'muted preview-state';
    this.state.setAttribute('aria-live', 'polite');
    this.pages = document.createElement('div');
    this.pages.className = 'pages';
    this.frame = document.createElement('iframe');
    this.frame.className = 'article-frame';
    this.frame.title = t('Article preview');
    this.frame.hidden = true;
    const wrap = document.createElement('div');
    wrap.className = 'preview';
    const h = document.createElement('h2');
    h.textContent = t('Preview');
    wrap.append(h, tabs, this.download, this.state, this.pages, this.frame);
    return wrap;
  }

  blocked(errors) {
    this.state.textContent = tn('%1$d error must be fixed before the document can be made.', '%1$d errors must be fixed before the document can be made.', errors, errors);
    this.pages.classList.add('stale');
  }

  // Renders the current state; while a render runs, one more is queued with the latest state.
  async request() {
    if (!this.kind) return;
    if (this.busy) { this.again = true; return; }
    this.busy = true;
    document.body.dataset.rendering = 'true';  // for tests and tools: a render is running
    const started = performance.now();
    try {
      const body = { ...this.source(), document: this.kind };
      const response = await fetch('/api/render', {
        method: 'POST', credentials: 'same-origin', body: JSON.stringify(body),
        headers: { 'Content-Type': 'application/json', ...(csrfToken ? { 'X-CSRF-Token': csrfToken } : {}) },
      });
      if (response.status !== 200) {
        const data = await response.json();
        this.state.textContent = data.error || t('The document could not be made.');
        this.pages.classList.add('stale');
      } else if ((response.headers.get('content-type') || '').startsWith('application/json')) {
        // The article: a web page with its images, shown in a frame and opened by its address.
        const data = await response.json();
        this.pages.replaceChildren();
        this.frame.hidden = false;
        this.frame.src = data.page;
        this.download.href = data.page;
        this.download.removeAttribute('download');
        this.download.target = '_blank';
        this.download.textContent = t('Open the article in a new tab');
        this.download.removeAttribute('aria-disabled');
        this.state.textContent = '';
      } else {
        this.frame.hidden = true;
        this.download.removeAttribute('target');
        const bytes = new Uint8Array(await response.arrayBuffer());
        const received = performance.now();
        // The Blob first: pdf.js hands the bytes over to its worker, which empties them here.
        const blob = new Blob([bytes], { type: 'application/pdf' });
        await this.show(bytes);
        const kind = this.kinds.find((k) => k.name === this.kind);
        if (this.url) URL.revokeObjectURL(this.url);
        this.url = URL.createObjectURL(blob);
        this.download.href = this.url;
        this.download.download = kind ? kind.file_name : 'van-ban.pdf';
        this.download.textContent = t('Download the %1$s (PDF)', kind ? kind.title.toLowerCase() : t('document'));
        this.download.removeAttribute('aria-disabled');
        this.pages.classList.remove('stale');
        const shown = performance.now();
        this.state.textContent = `${this.pages.childElementCount} trang.`;
        window.thiduaPreviewTimes = { server: received - started, firstPage: this.firstPageAt - started, total: shown - started, at: shown };
        document.dispatchEvent(new CustomEvent('thidua:preview', { detail: window.thiduaPreviewTimes }));
      }
    } catch (error) {
      this.state.textContent = t('The document could not be made: %1$s', error.message);
    } finally {
      this.busy = false;
      if (this.again) { this.again = false; this.request(); } else delete document.body.dataset.rendering;
    }
  }

  // Draws the pages in order, each swapped in as soon as it is drawn (no blank page while typing).
  async show(bytes) {
    if (!sharedWorker) sharedWorker = new pdfjs.PDFWorker();
    const pdf = await pdfjs.getDocument({ data: bytes, isEvalSupported: false, worker: sharedWorker }).promise;
    const width = Math.max(200, this.pages.clientWidth || 600);
    const ratio = window.devicePixelRatio || 1;
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const base = page.getViewport({ scale: 1 });
      const viewport = page.getViewport({ scale: (width / base.width) * ratio });
      const canvas = document.createElement('canvas');
      canvas.width = Math.floor(viewport.width);
      canvas.height = Math.floor(viewport.height);
      canvas.style.width = '100%';
      canvas.setAttribute('role', 'img');
      canvas.setAttribute('aria-label', t('Page %1$d of %2$d', n, pdf.numPages));
      await page.render({ canvasContext: canvas.getContext('2d'), viewport }).promise;
      const old = this.pages.children[n - 1];
      if (old) old.replaceWith(canvas); else this.pages.append(canvas);
      if (n === 1) this.firstPageAt = performance.now();
    }
    while (this.pages.children.length > pdf.numPages) this.pages.lastElementChild.remove();
    pdf.destroy();
  }
}
