// The live preview: the chosen document of the form's current state, drawn page by page with pdf.js.
import * as pdfjs from './vendor/pdf.min.mjs';
import { t, tn } from './i18n.js';

pdfjs.GlobalWorkerOptions.workerSrc = '/assets/vendor/pdf.worker.min.mjs';
// One worker for every render: starting one (parsing pdf.js's worker) per document cost most of a preview.
let sharedWorker = null;
// Glyphs drawn as paths rather than loaded as web fonts: loading each new PDF's embedded fonts
// through FontFace took ~110 of the ~120 ms between the render response and page 1 drawn.
const DOCUMENT_OPTIONS = { isEvalSupported: false, disableFontFace: true };

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
        const count = this.pages.childElementCount;
        this.state.textContent = tn('%1$d page.', '%1$d pages.', count, count);
        window.thiduaPreviewTimes = { server: received - started, firstPage: this.firstPageAt - started, inView: this.inViewAt - started, total: shown - started, at: shown };
        document.dispatchEvent(new CustomEvent('thidua:preview', { detail: window.thiduaPreviewTimes }));
      }
    } catch (error) {
      this.state.textContent = t('The document could not be made: %1$s', error.message);
    } finally {
      this.busy = false;
      if (this.again) { this.again = false; this.request(); } else delete document.body.dataset.rendering;
    }
  }

  // Draws the pages in view first, then the others, each swapped in as soon as it is drawn (no
  // blank page while typing).
  async show(bytes) {
    if (!sharedWorker) sharedWorker = new pdfjs.PDFWorker();
    const pdf = await pdfjs.getDocument({ data: bytes, worker: sharedWorker, ...DOCUMENT_OPTIONS }).promise;
    const width = Math.max(200, this.pages.clientWidth || 600);
    const ratio = window.devicePixelRatio || 1;
    const first = this.pagesInView(pdf.numPages);
    const order = [...first, ...Array.from({ length: pdf.numPages }, (_, i) => i + 1).filter((n) => !first.includes(n))];
    this.firstPageAt = this.inViewAt = null;
    for (const [drawn, n] of order.entries()) {
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
      // (the pages in view are always among those already shown, so new ones come in order)
      if (old) old.replaceWith(canvas); else this.pages.append(canvas);
      if (n === 1) this.firstPageAt = performance.now();
      if (drawn === first.length - 1) this.inViewAt = performance.now();
    }
    while (this.pages.children.length > pdf.numPages) this.pages.lastElementChild.remove();
    pdf.destroy();
  }

  // The numbers of the shown pages that are on the screen now (page 1 when none is), in order.
  pagesInView(count) {
    const area = this.pages.closest('.editor-preview');
    const box = area && getComputedStyle(area).overflowY !== 'visible' ? area.getBoundingClientRect() : { top: 0, bottom: window.innerHeight };
    const top = Math.max(0, box.top);
    const bottom = Math.min(window.innerHeight, box.bottom);
    const seen = [];
    [...this.pages.children].forEach((canvas, i) => {
      const r = canvas.getBoundingClientRect();
      if (i < count && r.bottom > top && r.top < bottom) seen.push(i + 1);
    });
    return seen.length ? seen : [1];
  }
}
