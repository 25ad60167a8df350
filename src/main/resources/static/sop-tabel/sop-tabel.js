// The process owner's upload: check the table and show a preview, then deploy the same file with the owner's login.
// Every rule is checked again on the server; this page only shows what the server answers.
(function () {
  'use strict';
  var API = '/api/sop-tabel';
  var form = document.getElementById('form-unggah');
  var fileInput = document.getElementById('berkas');
  var status = document.getElementById('status');
  var previewButton = document.getElementById('tombol-pratinjau');
  var deployButton = document.getElementById('tombol-deploy');

  function show(id, visible) { document.getElementById(id).hidden = !visible; }
  function text(id, value) { document.getElementById(id).textContent = value; }
  function list(id, items) {
    var ul = document.getElementById(id);
    ul.textContent = '';
    items.forEach(function (item) {
      var li = document.createElement('li');
      li.textContent = item;
      ul.appendChild(li);
    });
  }

  function send(path) {
    var body = new FormData();
    body.append('berkas', fileInput.files[0]);
    return fetch(API + path, { method: 'POST', body: body, credentials: 'same-origin' })
      .then(function (response) {
        if (response.status === 401) {
          show('masuk', true);
          throw new Error('Anda belum masuk.');
        }
        return response.json().then(function (json) { return { status: response.status, json: json }; },
          function () { throw new Error('Jawaban server tidak dapat dibaca (HTTP ' + response.status + ').'); });
      });
  }

  function problems(json) {
    show('pratinjau', false);
    show('hasil', false);
    list('daftar-masalah', json.masalah || [json.pesan]);
    show('masalah', true);
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    if (!fileInput.files.length) { return; }
    previewButton.disabled = true;
    status.textContent = 'Memeriksa tabel…';
    show('masalah', false);
    show('hasil', false);
    send('/pratinjau').then(function (answer) {
      status.textContent = '';
      if (answer.status !== 200) { problems(answer.json); return; }
      var p = answer.json;
      text('judul-sop', p.nama);
      text('kunci', p.kunciProses);
      text('organisasi', p.organisasi);
      text('pelaksana', p.pelaksana.join(', '));
      text('jumlah-langkah', String(p.jumlahLangkah));
      text('jumlah-keputusan', String(p.jumlahKeputusan));
      text('versi', p.versiBerjalan ? 'versi ' + p.versiBerjalan + ' (deploy membuat versi baru; kasus yang sedang '
        + 'berjalan tetap pada versinya)' : 'belum ada (proses baru)');
      list('daftar-grup-baru', p.grupBelumAda);
      text('entri-organisasi', p.entriOrganisasi);
      show('grup-baru', p.grupBelumAda.length > 0);
      document.getElementById('gambar-diagram').src = 'data:image/svg+xml;base64,' + p.diagramSvgBase64;
      show('pratinjau', true);
    }).catch(function (error) {
      status.textContent = error.message;
    }).then(function () { previewButton.disabled = false; });
  });

  deployButton.addEventListener('click', function () {
    deployButton.disabled = true;
    status.textContent = 'Mendeploy…';
    send('/deploy').then(function (answer) {
      status.textContent = '';
      if (answer.status !== 201) { problems(answer.json); return; }
      text('hasil-teks', answer.json.pesan);
      document.getElementById('tautan-cockpit').href = answer.json.tautanCockpit;
      show('pratinjau', false);
      show('hasil', true);
    }).catch(function (error) {
      status.textContent = error.message;
    }).then(function () { deployButton.disabled = false; });
  });
}());
