// Camunda Modeler 5 plug-in: sopflow's conformance rules while editing (a bpmnlint rule set for Camunda 7 diagrams).
// Install: copy or link this folder into Modeler's plug-in folder (see README, "Aturan sopflow di Modeler").
module.exports = {
  name: 'sopflow: aturan SOP',
  script: './client.js'
};
