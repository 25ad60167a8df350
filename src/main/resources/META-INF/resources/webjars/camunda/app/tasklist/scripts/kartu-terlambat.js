/*
 * Late steps stand out on Tasklist's cards (issue 16 §2), in every filter and for every worker.
 *
 * A Tasklist card plugin (plugin point `tasklist.card`, loaded through config.js `customScripts`): Tasklist renders
 * it once for every card it draws, with the card's task. A card whose step is past its due date, or which sopflow's
 * late-step handler has marked (the task-local `kasusBatasWaktu` then starts with "TERLAMBAT"), gets a red
 * "Terlambat" mark next to the task's name and a red edge (styles/user-styles.css). Every card also shows its due
 * date in words ("Batas waktu: Senin, 7 Desember 2026 10.00 WITA", the task-local `kasusBatasWaktu`) under the SOP's
 * name, where a folded card still shows it. Nothing is fetched: the task and the card variables the filter shows are
 * already on the card.
 */

const LATE_WORDS_PREFIX = 'TERLAMBAT';
const DUE_WORDS_VARIABLE = 'kasusBatasWaktu';

function cardVariable(task, name) {
  const variables = (task && task._embedded && task._embedded.variable) || [];
  const found = variables.find((variable) => variable.name === name);
  return found ? found.value : null;
}

/** Late: the due date has passed, or the late-step handler has marked the step. */
export function isLate(task, now) {
  if (!task) {
    return false;
  }
  const dueWords = cardVariable(task, DUE_WORDS_VARIABLE);
  if (typeof dueWords === 'string' && dueWords.indexOf(LATE_WORDS_PREFIX) === 0) {
    return true;
  }
  return !!task.due && new Date(task.due).getTime() < now.getTime();
}

/** "Senin, 7 Desember 2026 10.00 WITA", without the late handler's "TERLAMBAT — batas " prefix. */
export function dueWords(task) {
  const words = cardVariable(task, DUE_WORDS_VARIABLE);
  return typeof words === 'string' ? words.replace(/^TERLAMBAT\s*—\s*batas\s*/, '') : null;
}

function showDueWords(card, task) {
  const words = dueWords(task);
  const names = card.querySelector('.names');
  if (!words || !names || card.querySelector('.sopflow-batas-waktu')) {
    return;
  }
  const line = document.createElement('div');
  line.className = 'sopflow-batas-waktu';
  line.textContent = 'Batas waktu: ' + words;
  names.appendChild(line);
}

function markCard(node, task) {
  const card = node.closest ? node.closest('li.task') : null;
  if (!card) {
    return;
  }
  // The due date in words stays in sight on a folded card (the filter's card fields fold after the first two).
  showDueWords(card, task);
  if (!isLate(task, new Date())) {
    return;
  }
  card.classList.add('sopflow-terlambat');
  // Right after the task's name, not inside it: the name stays exactly the task's name.
  const title = card.querySelector('h4.task');
  if (title && !card.querySelector('.sopflow-tanda-terlambat')) {
    const mark = document.createElement('span');
    mark.className = 'sopflow-tanda-terlambat';
    mark.textContent = 'Terlambat';
    mark.title = 'Langkah ini sudah melewati batas waktu mutu baku.';
    title.insertAdjacentElement('afterend', mark);
  }
}

export default {
  id: 'sopflow-kartu-terlambat',
  pluginPoint: 'tasklist.card',
  // Before Tasklist's own card variables: the mark needs no room of its own.
  priority: 10,
  render: (node, api, scope) => {
    // The plugin's node is attached to the card right after render returns.
    setTimeout(() => markCard(node, scope && scope.task), 0);
  }
};
