#!/usr/bin/env python3
"""Compacts every late-step chain "timer -> service task ${lateStepHandler} -> end event" into
"timer -> end event 'Terlambat dicatat'" whose start listener is ${lateStepHandler} (template id.sopflow.lateStepHandler
version 2). The timer, its duration and the end event's id stay; the service task, the flow after it and their shapes
go; the end event takes the service task's place so the timer's flow keeps its route.

Usage (from the repository root): python3 src/modeler/compact_late_steps.py processes/*.bpmn
Idempotent: a diagram without such chains is left as it is. Text edits only, so other attributes stay byte for byte.
"""
import re, sys

LISTENER = ('<bpmn:extensionElements>\n{i}  <camunda:executionListener delegateExpression="${{lateStepHandler}}" '
            'event="start" />\n{i}</bpmn:extensionElements>\n')

def element(text, tag, eid):
    m = re.search(r'(?m)^([ \t]*)<bpmn:%s id="%s"[^>]*?(?:/>|>.*?</bpmn:%s>)\n' % (tag, re.escape(eid), tag), text, re.S)
    return m

def di(text, kind, bpmn_element):
    return re.search(r'(?m)^[ \t]*<bpmndi:%s id="[^"]*" bpmnElement="%s"[^>]*>.*?</bpmndi:%s>\n'
                     % (kind, re.escape(bpmn_element), kind), text, re.S)

def bounds(block):
    x, y, w, h = (float(v) for v in re.search(
        r'<dc:Bounds x="([-\d.]+)" y="([-\d.]+)" width="([-\d.]+)" height="([-\d.]+)"', block).groups())
    return x, y, w, h

def fmt(v):
    return str(int(v)) if v == int(v) else str(v)

def compact(text):
    for m in list(re.finditer(r'<bpmn:serviceTask id="([^"]+)"[^>]*camunda:delegateExpression="\$\{lateStepHandler\}"', text)):
        task = m.group(1)
        incoming = re.search(r'<bpmn:sequenceFlow id="([^"]+)"[^>]*targetRef="%s"' % re.escape(task), text)
        outgoing = re.search(r'<bpmn:sequenceFlow id="([^"]+)" sourceRef="%s" targetRef="([^"]+)"' % re.escape(task), text)
        if not incoming or not outgoing:
            continue
        flow_in, flow_out, end = incoming.group(1), outgoing.group(1), outgoing.group(2)
        end_el = element(text, 'endEvent', end)
        if not end_el:
            continue
        # Semantics: drop the task and the flow after it; the timer's flow now ends at the end event.
        text = text.replace(element(text, 'serviceTask', task).group(0), '', 1)
        text = text.replace(element(text, 'sequenceFlow', flow_out).group(0), '', 1)
        text = re.sub(r'(<bpmn:sequenceFlow id="%s"[^>]*targetRef=")%s"' % (re.escape(flow_in), re.escape(task)),
                      r'\g<1>%s"' % end, text, 1)
        text = re.sub(r'(?m)^[ \t]*<bpmn:flowNodeRef>%s</bpmn:flowNodeRef>\n' % re.escape(task), '', text, 1)
        end_block = element(text, 'endEvent', end)
        indent = end_block.group(1)
        block = end_block.group(0)
        new = re.sub(r'<bpmn:endEvent id="%s"[^>]*>' % re.escape(end),
                     '<bpmn:endEvent id="%s" name="Terlambat dicatat" camunda:modelerTemplate="id.sopflow.lateStepHandler" '
                     'camunda:modelerTemplateVersion="2">' % end, block, 1)
        new = new.replace('<bpmn:incoming>%s</bpmn:incoming>' % flow_out, '<bpmn:incoming>%s</bpmn:incoming>' % flow_in)
        new = new.replace('>\n', '>\n' + indent + '  ' + LISTENER.format(i=indent + '  ').rstrip('\n') + '\n', 1) \
            if 'camunda:executionListener' not in new else new
        text = text.replace(block, new, 1)
        # Diagram: the end event takes the task's place where the timer's flow arrives.
        task_shape = di(text, 'BPMNShape', task)
        end_shape = di(text, 'BPMNShape', end)
        edge_in = di(text, 'BPMNEdge', flow_in)
        edge_out = di(text, 'BPMNEdge', flow_out)
        if task_shape and end_shape and edge_in:
            x, y, w, h = bounds(task_shape.group(0))
            points = re.findall(r'<di:waypoint x="([-\d.]+)" y="([-\d.]+)"', edge_in.group(0))
            lx, ly = float(points[-1][0]), float(points[-1][1])
            if lx == x:                      # enters from the left
                ex, ey = x, ly - 18
            elif ly == y:                    # from the top
                ex, ey = lx - 18, y
            elif ly == y + h:                # from the bottom
                ex, ey = lx - 18, y + h - 36
            else:                            # from the right
                ex, ey = lx - 36, ly - 18
            old_bounds = re.search(r'<dc:Bounds [^>]*/>', end_shape.group(0)).group(0)
            ox, oy, _, _ = bounds(end_shape.group(0))
            shape = end_shape.group(0).replace(old_bounds, '<dc:Bounds x="%s" y="%s" width="36" height="36" />'
                                               % (fmt(ex), fmt(ey)), 1)
            label = re.search(r'<bpmndi:BPMNLabel>\s*<dc:Bounds x="([-\d.]+)" y="([-\d.]+)"', shape)
            if label:
                shape = shape.replace(label.group(0), label.group(0).replace(
                    'x="%s" y="%s"' % label.groups(), 'x="%s" y="%s"' % (
                        fmt(float(label.group(1)) + ex - ox), fmt(float(label.group(2)) + ey - oy))), 1)
            text = text.replace(end_shape.group(0), shape, 1)
            text = text.replace(task_shape.group(0), '', 1)
        if edge_out:
            text = text.replace(edge_out.group(0), '', 1)
    return text

if __name__ == '__main__':
    for path in sys.argv[1:]:
        original = open(path, encoding='utf-8').read()
        result = compact(original)
        if result != original:
            open(path, 'w', encoding='utf-8').write(result)
            print('%s: %d rantai dipadatkan' % (path, original.count('<bpmn:serviceTask') - result.count('<bpmn:serviceTask')))
