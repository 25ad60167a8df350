// sopflow's conformance rules for bpmnlint, usable by the Camunda Modeler plug-in (browser) and by Node.
// DATA (groups of the organisation file, forms in forms/, required template fields) is written by lint_plugin.py.
/* global window, module */
(function () {
  'use strict';
  var DATA = /*DATA*/{}/*END*/;

  function is(node, type) { return node && node.$instanceOf && node.$instanceOf(type); }
  function camunda(node, name) { return node.get ? node.get('camunda:' + name) : undefined; }
  function extensions(node, type) {
    var ext = node.extensionElements;
    return ext && ext.values ? ext.values.filter(function (v) { return v.$type === type; }) : [];
  }
  function timerDurations(task) {
    var parent = task.$parent, out = [];
    (parent && parent.flowElements || []).forEach(function (el) {
      if (is(el, 'bpmn:BoundaryEvent') && el.attachedToRef === task && el.cancelActivity === false) {
        (el.eventDefinitions || []).forEach(function (d) {
          if (is(d, 'bpmn:TimerEventDefinition') && d.timeDuration) { out.push((d.timeDuration.body || '').trim()); }
        });
      }
    });
    return out;
  }

  var rules = {
    'mutu-baku': function () {
      return { check: function (node, reporter) {
        if (!is(node, 'bpmn:UserTask')) { return; }
        var due = (camunda(node, 'dueDate') || '').trim();
        if (!due) { reporter.report(node.id, 'Langkah tanpa waktu mutu baku: isi Due date (mis. PT1H)'); return; }
        if (timerDurations(node).indexOf(due) < 0) {
          reporter.report(node.id, 'Tidak ada timer batas non-interrupting dengan durasi ' + due + ' (sama dengan Due date)');
        }
      } };
    },
    'grup-pelaksana': function () {
      return { check: function (node, reporter) {
        if (!is(node, 'bpmn:UserTask')) { return; }
        var groups = (camunda(node, 'candidateGroups') || '').split(',').map(function (g) { return g.trim(); })
          .filter(function (g) { return g; });
        if (!groups.length) { reporter.report(node.id, 'Langkah tanpa Candidate groups (grup pelaksana)'); }
        groups.forEach(function (g) {
          if (DATA.groups.indexOf(g) < 0) { reporter.report(node.id, 'Grup "' + g + '" tidak ada di berkas organisasi'); }
        });
      } };
    },
    'formulir': function () {
      return { check: function (node, reporter) {
        if (!is(node, 'bpmn:UserTask') && !(is(node, 'bpmn:StartEvent') && (camunda(node, 'formKey') || camunda(node, 'formRef')))) { return; }
        var ref = camunda(node, 'formRef'), key = camunda(node, 'formKey');
        if (ref) {
          if (DATA.formIds.indexOf(ref) < 0) { reporter.report(node.id, 'Formulir "' + ref + '" tidak ada di forms/'); }
        } else if (key) {
          var m = /^embedded:deployment:([^/]+\.html)$/.exec(key);
          if (!m) { reporter.report(node.id, 'Form key "' + key + '" tidak termuat setelah deploy dari Modeler: pakai embedded:deployment:<berkas>.html (tanpa folder)'); }
          else if (DATA.htmlForms.indexOf(m[1]) < 0) { reporter.report(node.id, 'Formulir ' + m[1] + ' tidak ada di forms/'); }
        } else if (is(node, 'bpmn:UserTask')) {
          reporter.report(node.id, 'Langkah tanpa formulir (Form → Camunda Forms (linked), binding deployment)');
        }
      } };
    },
    'templat': function () {
      return { check: function (node, reporter) {
        var id = camunda(node, 'modelerTemplate');
        if (!id) { return; }
        var key = id + '@' + (camunda(node, 'modelerTemplateVersion') || '');
        var required = DATA.templates[key];
        if (!required) { reporter.report(node.id, 'Templat elemen ' + key + ' tidak dikenal sopflow'); return; }
        var values = {};
        extensions(node, 'camunda:Properties').forEach(function (p) {
          (p.values || []).forEach(function (v) { values[v.name] = v.value; });
        });
        required.properties.forEach(function (name) {
          if (!values[name] || !String(values[name]).trim()) {
            reporter.report(node.id, 'Isian wajib "' + name + '" dari templat "' + required.name + '" kosong');
          }
        });
        // The shared required-fields step (RequiredFieldsCheck): one "variabel = Label" per line or ";".
        var badFields = String(values.isianWajib || '').split(/[;\r\n]+/).filter(function (line) {
          return line.trim() && !/^\s*[A-Za-z][A-Za-z0-9_]*\s*=\s*\S/.test(line);
        });
        if (badFields.length) {
          reporter.report(node.id, 'Isian "isianWajib" (satu per baris: variabel = Label): ' + badFields.map(function (line) {
            return '"' + line.trim() + '" bukan "variabel = Label"'; }).join('; '));
        }
        var listeners = extensions(node, 'camunda:TaskListener').map(function (l) { return l.delegateExpression; });
        required.taskListeners.forEach(function (bean) {
          if (listeners.indexOf('${' + bean + '}') < 0) {
            reporter.report(node.id, 'Templat "' + required.name + '" memerlukan task listener ${' + bean + '}');
          }
        });
      } };
    }
  };

  var cache = {};
  Object.keys(rules).forEach(function (name) { cache['bpmnlint-plugin-sopflow/' + name] = rules[name]; });
  var config = { rules: {} };
  Object.keys(rules).forEach(function (name) { config.rules['sopflow/' + name] = 'error'; });
  var resolver = {
    resolveRule: function (pkg, ruleName) {
      var rule = cache[pkg + '/' + ruleName];
      if (!rule) { throw new Error('cannot resolve rule <' + pkg + '/' + ruleName + '>'); }
      return rule;
    },
    resolveConfig: function (pkg, configName) { throw new Error('cannot resolve config <' + configName + '> in <' + pkg + '>'); }
  };
  var bundle = { config: config, resolver: resolver, rules: rules, data: DATA };

  if (typeof window !== 'undefined' && window.plugins && window.plugins.registerPlugin) {
    window.plugins.registerPlugin({ type: 'lintRules.bpmn', plugin: { config: config, resolver: resolver } });
  }
  if (typeof module !== 'undefined' && module.exports) { module.exports = bundle; }
}());
