// sopflow — Cockpit plugin "Langkah terlambat" (Bahasa Indonesia). Loaded by Cockpit for the server-side plugin
// id.sopflow.mutubaku.api.LateStepCockpitPlugin; every figure comes from its endpoints, which run as the logged-in
// user so that tenants and authorizations limit what is shown.

const PLUGIN = 'sopflow-terlambat';
const ECHARTS = '/webjars/echarts/5.3.1/dist/echarts.min.js';

function base(api) {
  return `${api.cockpitApi}/plugin/${PLUGIN}/${api.engine}`;
}

async function getJson(url) {
  const response = await fetch(url, {credentials: 'same-origin', headers: {Accept: 'application/json'}});
  const body = await response.json().catch(() => ({}));
  if (!response.ok) {
    throw new Error(body.pesan || `Permintaan gagal (${response.status}).`);
  }
  return body;
}

let echartsLoading;
function loadEcharts() {
  if (window.echarts) {
    return Promise.resolve(window.echarts);
  }
  echartsLoading = echartsLoading || new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = ECHARTS;
    script.onload = () => resolve(window.echarts);
    script.onerror = () => reject(new Error('Pustaka grafik tidak dapat dimuat.'));
    document.head.appendChild(script);
  });
  return echartsLoading;
}

function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  Object.entries(attributes).forEach(([name, value]) => {
    if (name === 'class') {
      node.className = value;
    } else if (name.startsWith('on')) {
      node.addEventListener(name.substring(2), value);
    } else {
      node.setAttribute(name, value);
    }
  });
  children.flat().forEach(child => node.append(child instanceof Node ? child : document.createTextNode(child ?? '-')));
  return node;
}

function table(headers, rows, className = 'sopflow-tabel') {
  return el('table', {class: `table table-striped table-condensed ${className}`},
    el('thead', {}, el('tr', {}, headers.map(h => el('th', {}, h)))),
    el('tbody', {}, rows.length ? rows : el('tr', {}, el('td', {colspan: String(headers.length)}, 'Tidak ada.'))));
}

function stepRows(steps, late) {
  return steps.map(step => el('tr', {class: late ? 'sopflow-terlambat' : ''},
    el('td', {}, step.sopNama),
    el('td', {}, step.langkah),
    el('td', {}, step.desa),
    el('td', {}, step.kasus),
    el('td', {}, step.penanggungJawab ? step.penanggungJawab : `Grup: ${step.pelaksana}`),
    el('td', {}, step.jatuhTempoTeks),
    el('td', {class: late ? 'text-danger' : ''}, late ? step.terlambatTeks : `sisa ${step.sisaTeks}`),
    el('td', {}, el('a', {href: step.tautan, class: 'sopflow-buka'}, 'Buka kasus'))));
}

const STEP_HEADERS = ['SOP', 'Langkah', 'Desa/unit', 'Kasus', 'Penanggung jawab / grup', 'Jatuh tempo', 'Waktu kerja',
  ''];

function counts(title, list) {
  return el('div', {class: 'col-sm-4'}, el('h4', {}, title),
    table(['', 'Jumlah'], list.map(c => el('tr', {}, el('td', {}, c.nama), el('td', {}, String(c.jumlah))))));
}

function isoDate(date) {
  return date.toISOString().substring(0, 10);
}

// The dashboard reads one page of late steps at a time (most late first); the counts cover all of them.
const PAGE = 50;

function lateQuery(sop, firstResult, maxResults) {
  const query = new URLSearchParams({firstResult: String(firstResult), maxResults: String(maxResults)});
  if (sop) {
    query.set('sop', sop);
  }
  return query;
}

async function renderLate(container, api, sop) {
  container.replaceChildren(el('p', {}, 'Memuat langkah terlambat…'));
  try {
    const data = await getJson(`${base(api)}/terlambat?${lateQuery(sop, 0, PAGE)}`);
    const exportQuery = sop ? `?sop=${encodeURIComponent(sop)}` : '';
    const lateTable = table(STEP_HEADERS, stepRows(data.terlambat, true), 'sopflow-tabel sopflow-daftar-terlambat');
    const shown = el('p', {class: 'sopflow-halaman'});
    const more = el('button', {type: 'button', class: 'btn btn-default btn-sm sopflow-lebih-banyak'},
      'Tampilkan lebih banyak');
    let loaded = data.terlambat.length;
    const showProgress = () => {
      shown.textContent = `Menampilkan ${loaded} dari ${data.jumlahTerlambat} langkah terlambat, yang paling lama `
        + 'terlambat lebih dulu. Unduh CSV atau XLSX untuk daftar lengkap.';
      more.style.display = loaded < data.jumlahTerlambat ? '' : 'none';
    };
    more.addEventListener('click', async () => {
      more.disabled = true;
      more.textContent = 'Memuat…';
      try {
        const next = await getJson(`${base(api)}/terlambat?${lateQuery(sop, loaded, PAGE)}`);
        lateTable.querySelector('tbody').append(...stepRows(next.terlambat, true));
        loaded += next.terlambat.length;
        data.jumlahTerlambat = next.jumlahTerlambat;
        showProgress();
      } catch (error) {
        shown.textContent = error.message;
        shown.className = 'text-danger';
      } finally {
        more.disabled = false;
        more.textContent = 'Tampilkan lebih banyak';
      }
    });
    showProgress();
    const soonNote = data.jumlahSegera > data.segeraJatuhTempo.length
      ? el('p', {class: 'sopflow-halaman'}, `Menampilkan ${data.segeraJatuhTempo.length} dari ${data.jumlahSegera} `
        + 'langkah yang segera jatuh tempo, yang paling dulu jatuh tempo lebih dulu.')
      : '';
    container.replaceChildren(
      el('p', {class: 'sopflow-ringkasan'},
        el('strong', {}, `${data.jumlahTerlambat} langkah terlambat`), ` per ${data.waktu}. `,
        el('a', {href: `${base(api)}/terlambat.csv${exportQuery}`, download: 'langkah-terlambat.csv'}, 'Unduh CSV'),
        ' · ',
        el('a', {href: `${base(api)}/terlambat.xlsx${exportQuery}`, download: 'langkah-terlambat.xlsx'}, 'Unduh XLSX')),
      el('div', {class: 'row'},
        counts('Per SOP', data.perSop), counts('Per organisasi dan desa', data.perDesa),
        counts('Per pelaksana', data.perPelaksana)),
      el('h4', {}, 'Langkah terlambat sekarang'),
      lateTable, shown, more,
      el('h4', {}, `Jatuh tempo hari ini dan dalam ${data.jamKeDepan} jam kerja berikutnya`),
      table(STEP_HEADERS, stepRows(data.segeraJatuhTempo, false), 'sopflow-tabel sopflow-segera'), soonNote);
  } catch (error) {
    container.replaceChildren(el('p', {class: 'text-danger'}, error.message));
  }
}

async function renderTimeliness(container, api, sop) {
  const today = new Date();
  const start = new Date(today.getFullYear(), today.getMonth() - 5, 1);
  const from = el('input', {type: 'date', value: isoDate(start), class: 'form-control input-sm'});
  const to = el('input', {type: 'date', value: isoDate(today), class: 'form-control input-sm'});
  const dimension = el('select', {class: 'form-control input-sm'},
    el('option', {value: 'perSop'}, 'per SOP'), el('option', {value: 'perLangkah'}, 'per langkah'),
    el('option', {value: 'perDesa'}, 'per desa/unit'));
  const message = el('p', {});
  const bars = el('div', {class: 'sopflow-grafik', style: 'height:320px'});
  const trend = el('div', {class: 'sopflow-grafik', style: 'height:260px'});
  let data;
  const draw = async () => {
    const echarts = await loadEcharts();
    const rows = data[dimension.value];
    echarts.dispose(bars);
    echarts.init(bars).setOption({
      tooltip: {formatter: p => `${p.name}<br>${p.value.toLocaleString('id-ID')}% tepat waktu`},
      grid: {left: 230, right: 30},
      xAxis: {type: 'value', max: 100, axisLabel: {formatter: '{value}%'}},
      yAxis: {type: 'category', data: rows.map(r => `${r.nama} (${r.tepatWaktu}/${r.selesai})`)},
      series: [{type: 'bar', data: rows.map(r => Number(r.persen)), itemStyle: {color: '#2f7d32'}}]
    });
    echarts.dispose(trend);
    echarts.init(trend).setOption({
      title: {text: 'Tren bulanan', textStyle: {fontSize: 13}},
      tooltip: {trigger: 'axis'},
      xAxis: {type: 'category', data: data.perBulan.map(r => r.nama)},
      yAxis: {type: 'value', max: 100, axisLabel: {formatter: '{value}%'}},
      series: [{type: 'line', data: data.perBulan.map(r => Number(r.persen))}]
    });
  };
  const load = async () => {
    message.textContent = 'Memuat ketepatan waktu…';
    try {
      const query = new URLSearchParams({dari: from.value, sampai: to.value});
      if (sop) {
        query.set('sop', sop);
      }
      data = await getJson(`${base(api)}/ketepatan?${query}`);
      const total = data.perSop.reduce((sum, r) => sum + r.selesai, 0);
      message.textContent = total
        ? `${total} langkah selesai dalam periode ini (hanya langkah yang punya mutu baku).`
        : 'Belum ada langkah selesai dalam periode ini.';
      await draw();
    } catch (error) {
      message.textContent = error.message;
      message.className = 'text-danger';
    }
  };
  dimension.addEventListener('change', () => data && draw());
  container.replaceChildren(
    el('form', {class: 'form-inline sopflow-periode', onsubmit: event => { event.preventDefault(); load(); }},
      el('label', {}, 'Dari '), from, el('label', {}, ' sampai '), to, ' ', dimension, ' ',
      el('button', {type: 'submit', class: 'btn btn-default btn-sm'}, 'Tampilkan')),
    message, bars, trend);
  await load();
}

function section(title) {
  const body = el('div', {});
  return [el('section', {class: 'sopflow-bagian'}, el('h3', {class: 'section-title'}, title), body), body];
}

async function definitionOf(api, processDefinitionId) {
  return getJson(`${api.engineApi}/process-definition/${encodeURIComponent(processDefinitionId)}`);
}

async function definitionKey(api, processDefinitionId) {
  return (await definitionOf(api, processDefinitionId)).key;
}

// The SOP in the Permenpan layout, for process owners and supervisors; anyone else gets the server's refusal.
function printLink(definition) {
  const href = `/api/sop/${encodeURIComponent(definition.key)}/cetak.pdf?versi=${definition.version}`;
  return el('p', {class: 'sopflow-cetak'},
    el('a', {href, target: '_blank', rel: 'noopener', class: 'btn btn-default btn-sm sopflow-cetak-sop'},
      'Cetak SOP (PDF)'),
    ` versi ${definition.version}: tabel SOP format Permenpan dengan diagram alir, siap ditandatangani.`);
}

async function renderCase(container, api, processInstanceId) {
  try {
    const data = await getJson(`${base(api)}/kasus/${encodeURIComponent(processInstanceId)}`);
    container.replaceChildren(
      el('p', {}, `${data.sopNama} — ${data.desa}`),
      table(['Langkah', 'Penanggung jawab', 'Mulai', 'Selesai', 'Waktu kerja dipakai', 'Mutu baku', 'Jatuh tempo',
        'Status', 'Arahan'],
      data.langkah.map(step => el('tr', {class: step.terlambat ? 'sopflow-terlambat' : ''},
        el('td', {}, step.langkah),
        el('td', {}, step.penanggungJawab ?? '-'),
        el('td', {}, step.mulai),
        el('td', {}, step.selesai ?? 'belum'),
        el('td', {}, step.dipakaiTeks),
        el('td', {}, step.mutuBakuTeks),
        el('td', {}, step.jatuhTempo ?? '-'),
        el('td', {}, step.terlambat ? el('strong', {style: 'color:#c9302c'},
          `${step.status} (${step.terlambatTeks})`) : step.status),
        el('td', {}, step.arahan.length ? step.arahan.map(text => el('div', {}, text)) : '-'))),
      'sopflow-kasus'));
  } catch (error) {
    container.replaceChildren(el('p', {class: 'text-danger'}, error.message));
  }
}

export default [
  {
    id: 'sopflow.dashboard.langkahTerlambat',
    pluginPoint: 'cockpit.dashboard',
    priority: 100,
    render: (node, {api}) => {
      const [late, lateBody] = section('Langkah terlambat');
      const [timely, timelyBody] = section('Ketepatan waktu (mutu baku)');
      node.replaceChildren(el('div', {class: 'sopflow-plugin'}, late, timely));
      renderLate(lateBody, api, null);
      renderTimeliness(timelyBody, api, null);
    }
  },
  {
    id: 'sopflow.definition.langkahTerlambat',
    pluginPoint: 'cockpit.processDefinition.runtime.tab',
    priority: 5,
    properties: {label: 'Langkah terlambat'},
    render: async (node, {api, processDefinitionId}) => {
      const [late, lateBody] = section('Langkah terlambat SOP ini');
      const [timely, timelyBody] = section('Ketepatan waktu SOP ini');
      const plugin = el('div', {class: 'sopflow-plugin'}, late, timely);
      node.replaceChildren(plugin);
      const definition = await definitionOf(api, processDefinitionId);
      plugin.prepend(printLink(definition));
      renderLate(lateBody, api, definition.key);
      renderTimeliness(timelyBody, api, definition.key);
    }
  },
  {
    id: 'sopflow.instance.mutuBaku',
    pluginPoint: 'cockpit.processInstance.runtime.tab',
    priority: 5,
    properties: {label: 'Mutu baku'},
    render: (node, {api, processInstanceId}) => {
      const [steps, stepsBody] = section('Langkah kasus ini terhadap mutu bakunya');
      node.replaceChildren(el('div', {class: 'sopflow-plugin'}, steps));
      renderCase(stepsBody, api, processInstanceId);
    }
  },
  {
    id: 'sopflow.definition.diagram.langkahTerlambat',
    pluginPoint: 'cockpit.processDefinition.diagram.plugin',
    priority: 5,
    render: async (viewer, {api, processDefinitionId}) => {
      try {
        const key = await definitionKey(api, processDefinitionId);
        // the counts per step cover every late step; the page itself is not needed
        const data = await getJson(`${base(api)}/terlambat?${lateQuery(key, 0, 1)}`);
        const overlays = viewer.get('overlays');
        const registry = viewer.get('elementRegistry');
        data.perLangkah.forEach(({nama: stepId, jumlah: count}) => {
          if (registry.get(stepId)) {
            overlays.add(stepId, 'sopflow-terlambat', {
              position: {top: -12, right: 12},
              html: `<span class="badge sopflow-lencana" title="${count} langkah terlambat"
                style="background:#c9302c;color:#fff">${count} terlambat</span>`
            });
          }
        });
      } catch (error) {
        console.warn('sopflow: lencana langkah terlambat tidak dapat dimuat', error);
      }
    }
  }
];
