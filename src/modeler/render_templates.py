"""Screenshots of what Camunda Modeler shows for our element templates: canvas + properties panel with an element
selected. Camunda Modeler is a desktop app, so this uses Camunda's own web modeler distribution (npm package
camunda-bpmn-js: bpmn-js + properties panel + element templates for Camunda 7, the same parts the desktop app is
built from) in headless Chromium, with every template in processes/.camunda/element-templates/.

Usage, from the repository root (needs npm and chromium; nothing is added to the Maven build):
    python3 src/modeler/render_templates.py
The package is fetched once with `npm pack` (its dist/ bundle needs no other packages) into target/modeler-js/,
which git ignores. Writes the PNGs listed in SHOTS to src/modeler/screenshots/.
"""
import glob, json, os, subprocess, sys, tarfile

PACKAGE = 'camunda-bpmn-js@5.35.0'
ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), '..', '..'))
WORK = os.path.join(ROOT, 'target', 'modeler-js')
OUT = os.path.join(ROOT, 'src', 'modeler', 'screenshots')
WIDTH, HEIGHT, PANEL = 1600, 1000, 480

# (png, diagram, element to select, element the canvas is centred on)
SHOTS = [
    ('template-catat-langkah-terlambat.png', 'sipa-bermedsos.bpmn', 'event_verifikasiLaporanTerlambatDicatat',
     'userTask_verifikasiLaporan'),
    ('template-keputusan-tinjauan.png', 'sipa-bermedsos.bpmn', 'userTask_verifikasiLaporan',
     'userTask_verifikasiLaporan'),
    ('template-terbitkan-otomatis.png', 'setwan-bapinanduan.bpmn', 'serviceTask_publikasiWebsite',
     'serviceTask_publikasiWebsite'),
]


def dist():
    """The package's dist/ folder, fetched with `npm pack` on first use (npm install would pull its whole
    development dependency tree; the production bundles are self-contained)."""
    d = os.path.join(WORK, 'package', 'dist')
    if not os.path.exists(os.path.join(d, 'camunda-platform-modeler.production.min.js')):
        os.makedirs(WORK, exist_ok=True)
        name = subprocess.run(['npm', 'pack', PACKAGE], cwd=WORK, check=True, capture_output=True,
                              text=True).stdout.strip().splitlines()[-1]
        with tarfile.open(os.path.join(WORK, name)) as t:
            t.extractall(WORK, filter='data')
    return d


def templates():
    found = []
    for f in sorted(glob.glob(os.path.join(ROOT, 'processes', '.camunda', 'element-templates', '*.json'))):
        data = json.load(open(f, encoding='utf-8'))
        found += data if isinstance(data, list) else [data]
    return found


PAGE = '''<html><head><meta charset="utf-8">
<link rel="stylesheet" href="%(dist)s/assets/camunda-platform-modeler.css">
<style>html,body{margin:0;height:100%%;font-family:sans-serif}body{display:flex}
#c{flex:1;height:100%%;background:white}#p{width:%(panel)dpx;height:100%%;overflow:hidden;border-left:1px solid #ccc}</style>
</head><body><div id="c"></div><div id="p"></div>
<script src="%(dist)s/camunda-platform-modeler.production.min.js"></script>
<script>
const groups = %(open)s;
const m = new BpmnModeler({container: '#c', propertiesPanel: {parent: '#p',
  layout: {groups: Object.fromEntries(groups.map(g => [g, {open: true}]))}}, elementTemplates: %(templates)s});
m.importXML(%(xml)s).then(() => {
  const r = m.get('elementRegistry'), e = r.get(%(select)s), f = r.get(%(centre)s);
  if (!e || !f) throw new Error('no element ' + %(select)s + ' / ' + %(centre)s);
  const c = m.get('canvas');
  c.zoom(1);
  const vb = c.viewbox();
  // 100 %%, the centring element a little left of the middle and above the centre so its neighbours show too
  c.viewbox({x: f.x + f.width / 2 - vb.outer.width * 0.45, y: f.y + f.height / 2 - vb.outer.height * 0.35,
             width: vb.outer.width, height: vb.outer.height});
  // selected after the panel has rendered the root (selecting right after import leaves the panel on the root);
  // the context pad is closed so it does not cover the element's label
  setTimeout(() => { m.get('selection').select(e); m.get('contextPad').close(); }, 1000);
}).catch(err => { document.body.innerText = String(err); });
</script></body></html>'''


def shoot(png, diagram, element, centre):
    xml = open(os.path.join(ROOT, 'processes', diagram), encoding='utf-8').read()
    d = dist()
    page = os.path.join(WORK, 'shot.html')
    open(page, 'w', encoding='utf-8').write(PAGE % {
        'dist': d, 'panel': PANEL, 'xml': json.dumps(xml), 'select': json.dumps(element), 'centre': json.dumps(centre),
        'templates': json.dumps(templates(), ensure_ascii=False),
        # the template's own groups, as the Modeler shows them when one clicks them open
        'open': json.dumps(['ElementTemplates__Template', 'ElementTemplates__CustomProperties', 'ElementTemplates__CustomProperties-sopflow', 'general'])})
    out = os.path.join(OUT, png)
    subprocess.run(['chromium', '--headless', '--no-sandbox', '--disable-gpu', '--hide-scrollbars',
                    '--window-size=%d,%d' % (WIDTH, HEIGHT), '--virtual-time-budget=8000',
                    '--screenshot=' + out, 'file://' + page], check=True, capture_output=True)
    print(out)


if __name__ == '__main__':
    for shot in SHOTS:
        if len(sys.argv) == 1 or shot[0] in sys.argv[1:]:
            shoot(*shot)
