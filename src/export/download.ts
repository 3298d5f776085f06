/**
 * Saves `blob` as `fileName` through a temporary `<a download>`: no popup, works inside a
 * shadow root and an iframe (the anchor need not be in the document).
 */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  a.click();
  // The download has started from the URL by the next task; a minute is generous.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
