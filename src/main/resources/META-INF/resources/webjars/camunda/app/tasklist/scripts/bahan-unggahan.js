/*
 * What to post, shown the same way on every manual posting task (issue 16 §4): SIPA's "Unggah manual dan catat
 * tautan", PPID's per-platform "Unggah ke …" and Setwan's "Terbitkan di media sosial" / "… di website".
 *
 * Loaded through config.js `customScripts` before Tasklist starts, it gives the embedded forms one helper,
 * `window.sopflowBahanUnggahan`, so that no form keeps its own copy:
 *
 *   - `berkas(camForm, names)`: the files among those variables, with their download address, name and whether
 *     they are pictures;
 *   - `tampilkan(element, { teks, berkas, labelTeks })`: renders into the form's `<div class="sopflow-bahan-unggahan">`
 *     the text to post (read-only) with a "Salin teks" button, and every file with a "Unduh …" link (pictures
 *     also as a picture);
 *   - `periksaTautan(text, { satu, tempat })`: checks pasted links (one, or one per line); returns the Indonesian
 *     message to show, or null when every line is a full https:// address. A form's inputs carry no `pattern` or
 *     `type="url"`: Tasklist would only grey out "Selesaikan" without saying why. The server checks the links again
 *     on completion, whatever client completes the task.
 *
 * The form itself still says which variables hold the text, the files and the links: those differ per SOP.
 */

const FULL_LINK = /^https?:\/\/[^\s/]+\.[^\s]+$/;

function berkas(camForm, names) {
  const variables = camForm.variableManager;
  return names.map((name) => {
    const variable = variables.variable(name);
    if (!variable || !variable.contentUrl) {
      return null;
    }
    const info = variable.valueInfo || {};
    return {
      url: variable.contentUrl,
      nama: info.filename || name,
      gambar: /^image\//.test(info.mimeType || '') || /\.(png|jpe?g|gif|webp)$/i.test(info.filename || '')
    };
  }).filter((file) => file);
}

function element(tag, className, text) {
  const created = document.createElement(tag);
  if (className) {
    created.className = className;
  }
  if (text !== undefined) {
    created.textContent = text;
  }
  return created;
}

function copy(area, done) {
  const selectByHand = () => {
    // Without clipboard access the text is selected, so that Ctrl+C / "Salin" on a phone copies it.
    area.focus();
    area.select();
  };
  if (navigator.clipboard && navigator.clipboard.writeText) {
    navigator.clipboard.writeText(area.value).then(done, selectByHand);
  } else {
    selectByHand();
  }
}

function tampilkan(container, bahan) {
  if (!container) {
    return;
  }
  const target = container.length !== undefined && !container.nodeType ? container[0] : container;
  target.textContent = '';

  const group = element('div', 'form-group');
  const label = element('label', null, bahan.labelTeks || 'Teks unggahan');
  label.htmlFor = 'teksUnggahan';
  const area = element('textarea', 'form-control sopflow-teks-unggahan');
  area.id = 'teksUnggahan';
  area.rows = Math.min(12, Math.max(4, (bahan.teks || '').split('\n').length + 1));
  area.readOnly = true;
  area.value = bahan.teks || '';
  const button = element('button', 'btn btn-default sopflow-salin', 'Salin teks');
  button.type = 'button';
  const copied = element('span', 'text-success sopflow-tersalin', '');
  button.addEventListener('click', () => copy(area, () => {
    copied.textContent = ' Teks tersalin.';
  }));
  group.append(label, area, button, copied);
  target.appendChild(group);

  const files = bahan.berkas || [];
  const heading = element('p');
  heading.appendChild(element('strong', null, files.length ? 'Berkas untuk diunggah' : 'Tidak ada berkas'));
  if (files.length) {
    heading.appendChild(document.createTextNode(' (klik untuk mengunduh)'));
  }
  target.appendChild(heading);
  const row = element('div', 'row');
  files.forEach((file) => {
    const cell = element('div', 'col-sm-4 sopflow-berkas');
    const link = element('a');
    link.href = file.url;
    link.target = '_blank';
    link.setAttribute('download', file.nama);
    if (file.gambar) {
      const picture = element('img', 'sopflow-berkas-gambar');
      picture.src = file.url;
      picture.alt = file.nama;
      link.append(picture, element('br'));
    }
    link.appendChild(document.createTextNode('Unduh ' + file.nama));
    cell.appendChild(link);
    row.appendChild(cell);
  });
  target.appendChild(row);
}

function periksaTautan(text, options) {
  const opsi = options || {};
  const tempat = opsi.tempat ? ' di ' + opsi.tempat : '';
  const lines = String(text || '').split('\n').map((line) => line.trim()).filter((line) => line !== '');
  if (!lines.length) {
    return 'Tempel alamat lengkap unggahan' + tempat + ', diawali https://' + (opsi.satu ? '.' : ', satu per baris.');
  }
  if (opsi.satu && lines.length > 1) {
    return 'Tempel satu tautan saja: alamat unggahan' + tempat + ', diawali https://.';
  }
  const wrong = lines.filter((line) => !FULL_LINK.test(line));
  if (wrong.length) {
    return 'Tautan' + tempat + ' harus alamat lengkap yang diawali https://'
      + (opsi.satu ? '' : ', satu per baris') + '. Periksa: ' + wrong.join(', ');
  }
  return null;
}

window.sopflowBahanUnggahan = { berkas, tampilkan, periksaTautan };
