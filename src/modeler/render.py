"""Renders a diagram as Camunda Modeler shows it at 100 % (bpmn-js viewer in headless Chromium) into a PNG.
Usage: in a scratch folder run `npm install bpmn-js`, then from that folder:
    python3 <repo>/src/modeler/render.py <repo>/processes/x.bpmn out.png 2600 1100
"""
import json, os, sys, subprocess
src, out, w, h = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4]
xml = open(src, encoding='utf-8').read()
html = '''<html><head><meta charset="utf-8"><link rel="stylesheet" href="%(dist)s/assets/bpmn-js.css">
<style>html,body,#c{margin:0;width:100%%;height:100%%;background:white}</style></head><body><div id="c"></div>
<script src="%(dist)s/bpmn-viewer.production.min.js"></script>
<script>const v=new BpmnJS({container:'#c'});v.importXML(%(xml)s).then(()=>{const c=v.get('canvas');c.zoom(1);c.scroll({dx:-0,dy:0});const vb=c.viewbox();c.viewbox({x:vb.inner.x-20,y:vb.inner.y-20,width:vb.outer.width,height:vb.outer.height});document.title='ok'}).catch(e=>{document.body.innerText=e});</script></body></html>''' % {'xml': json.dumps(xml), 'dist': os.path.abspath('node_modules/bpmn-js/dist')}
page = os.path.abspath('render.html')
open(page, 'w', encoding='utf-8').write(html)
subprocess.run(['chromium', '--headless', '--no-sandbox', '--disable-gpu', '--hide-scrollbars', '--window-size=%s,%s' % (w, h),
                '--virtual-time-budget=5000', '--screenshot=' + out, 'file://' + page], check=True, capture_output=True)
