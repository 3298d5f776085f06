/**
 * A macrotask scheduler on a MessageChannel: unlike `setTimeout(0)`, it is not clamped to 4 ms
 * after a few nested calls, and like it, it lets queued messages (pause, cancel) run in between.
 * Falls back to setTimeout where MessageChannel is missing.
 */
export function createMessageChannelScheduler(): (callback: () => void) => void {
  if (typeof MessageChannel === 'undefined') return (cb) => void setTimeout(cb, 0);
  const channel = new MessageChannel();
  const queue: (() => void)[] = [];
  channel.port1.onmessage = () => queue.shift()?.();
  return (cb) => {
    queue.push(cb);
    channel.port2.postMessage(null);
  };
}
