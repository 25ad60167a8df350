/*
 * "Laporan Saya" in Tasklist's header (issue 16 §3), for the users it is for.
 *
 * A Tasklist plugin at `tasklist.navbar.action` (the header's actions, next to "Mulai proses"), loaded through
 * config.js `customScripts`. sopflow decides who gets the link (`/laporan-saya/menu`: the members of the group that
 * reports in SIPA BERMEDSOS, the Pemerintah Desa); for anyone else the header stays as it was.
 *
 * sopflow's own pages live next to the webapps: the address is Tasklist's app root without its last segment
 * (`/camunda`), so that a server context path is kept.
 */

function sopflowRoot() {
  const base = document.querySelector('base');
  const appRoot = (base && base.getAttribute('app-root')) || '/camunda';
  return appRoot.replace(/\/[^/]*\/?$/, '');
}

export default {
  id: 'sopflow-laporan-saya',
  pluginPoint: 'tasklist.navbar.action',
  // After "Mulai proses" (100), before the keyboard help (300).
  priority: 200,
  render: (node) => {
    fetch(sopflowRoot() + '/laporan-saya/menu', {
      credentials: 'same-origin',
      headers: { Accept: 'application/json' }
    })
      .then((response) => (response.ok ? response.json() : null))
      .then((menu) => {
        if (!menu || !menu.tampil) {
          return;
        }
        const link = document.createElement('a');
        link.href = sopflowRoot() + '/laporan-saya';
        link.className = 'sopflow-laporan-saya';
        link.title = 'Laporan desa Anda: status, kode laporan, halaman publik dan pertanyaan masyarakat';
        const icon = document.createElement('span');
        icon.className = 'glyphicon glyphicon-list-alt';
        link.appendChild(icon);
        link.appendChild(document.createTextNode(' Laporan Saya'));
        node.appendChild(link);
      })
      .catch(() => {});
  }
};
