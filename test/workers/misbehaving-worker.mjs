// A test double for the pool's worker: articles whose text asks for it hang or
// crash the thread; everything else goes to the real worker.
import work from '../../dist/run/worker.js';

export default function misbehave(task) {
  // As the real worker does: the time limit runs from here.
  task.started?.postMessage(0);
  for (const item of task.items) {
    if (item.text === 'HANG') for (;;);
    if (item.text === 'CRASH') process.exit(3);
  }
  return work(task);
}
