#!/usr/bin/env python3
"""Swaps two adjacent lanes of a diagram (SOP column order): every shape, label and waypoint in one lane moves into the
other's place; flows that left a shape through its bottom towards the other lane now leave through its top (and vice
versa). Only the diagram interchange and the order of the two lanes in the lane set change.

Usage (from the repository root): python3 src/modeler/swap_lanes.py processes/<file>.bpmn <upper lane id> <lower lane id>
"""
import re, sys

def main(path, upper, lower):
    text = open(path, encoding='utf-8').read()
    def lane_bounds(lane):
        m = re.search(r'bpmnElement="%s"[^>]*>\s*<dc:Bounds x="[-\d.]+" y="([-\d.]+)" width="[-\d.]+" height="([-\d.]+)"' % lane, text)
        return float(m.group(1)), float(m.group(2))
    uy, uh = lane_bounds(upper)
    ly, lh = lane_bounds(lower)
    assert abs(uy + uh - ly) < 0.5, 'lanes are not adjacent (upper above lower)'
    def moved(y):
        if uy <= y < uy + uh:
            return y + lh
        if ly <= y < ly + lh:
            return y - uh
        return y
    def fmt(v):
        return str(int(v)) if v == int(v) else str(v)
    di_start = text.index('<bpmndi:BPMNDiagram')
    head, di = text[:di_start], text[di_start:]
    shapes = {}
    def shape(m):
        element, block = m.group(1), m.group(0)
        if element in (upper, lower):
            y = uy + lh if element == upper else uy
            return re.sub(r'(<dc:Bounds x="[-\d.]+" y=")[-\d.]+"', lambda b: b.group(1) + fmt(y) + '"', block, 1)
        if 'participant' in element:
            return block
        def bound(b):
            return b.group(1) + fmt(moved(float(b.group(2)))) + '"'
        new = re.sub(r'(<dc:Bounds x="[-\d.]+" y=")([-\d.]+)"', bound, block)
        b = re.search(r'<dc:Bounds x="([-\d.]+)" y="([-\d.]+)" width="([-\d.]+)" height="([-\d.]+)"', new)
        shapes[element] = tuple(float(v) for v in b.groups())
        return new
    di = re.sub(r'<bpmndi:BPMNShape id="[^"]*" bpmnElement="([^"]+)".*?</bpmndi:BPMNShape>', shape, di, flags=re.S)
    refs = dict(re.findall(r'<bpmn:sequenceFlow id="([^"]+)" sourceRef="[^"]+" targetRef="[^"]+"', head) and [])
    flows = {m.group(1): (m.group(2), m.group(3)) for m in re.finditer(
        r'<bpmn:sequenceFlow id="([^"]+)"[^>]*?sourceRef="([^"]+)" targetRef="([^"]+)"', head)}
    def edge(m):
        element, block = m.group(1), m.group(0)
        pts = [[float(x), moved(float(y))] for x, y in re.findall(r'<di:waypoint x="([-\d.]+)" y="([-\d.]+)"', block)]
        if element in flows and len(pts) >= 2:
            source, target = flows[element]
            for end, nxt, node in ((0, 1, source), (-1, -2, target)):
                if node in shapes:
                    x, y, w, h = shapes[node]
                    p, q = pts[end], pts[nxt]
                    if abs(p[1] - (y + h)) < 0.5 and q[1] < y and abs(p[1] - q[1]) > 0.5:   # bottom, other lane above
                        p[1] = y
                    elif abs(p[1] - y) < 0.5 and q[1] > y + h:                              # top, other lane below
                        p[1] = y + h
        it = iter(pts)
        def point(_):
            x, y = next(it)
            return '<di:waypoint x="%s" y="%s"' % (fmt(x), fmt(y))
        block = re.sub(r'<di:waypoint x="[-\d.]+" y="[-\d.]+"', point, block)
        return re.sub(r'(<dc:Bounds x="[-\d.]+" y=")([-\d.]+)"', lambda b: b.group(1) + fmt(moved(float(b.group(2)))) + '"', block)
    di = re.sub(r'<bpmndi:BPMNEdge id="[^"]*" bpmnElement="([^"]+)".*?</bpmndi:BPMNEdge>', edge, di, flags=re.S)
    lanes = {lane: re.search(r'(?m)^[ \t]*<bpmn:lane id="%s".*?</bpmn:lane>\n' % lane, head, re.S).group(0) for lane in (upper, lower)}
    head = head.replace(lanes[upper] + lanes[lower], lanes[lower] + lanes[upper])
    open(path, 'w', encoding='utf-8').write(head + di)

if __name__ == '__main__':
    main(*sys.argv[1:4])
