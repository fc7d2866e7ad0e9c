import { useEffect, useState } from 'react';

const copyText = async (text: string): Promise<boolean> => {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // No Clipboard API on plain-HTTP pages at a LAN address: fall back to a selected textarea.
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.append(area);
    area.select();
    const copied = typeof document.execCommand === 'function' && document.execCommand('copy');
    area.remove();
    return copied;
  }
};

/** Copies `getText()` to the clipboard and says so. */
export const CopyButton = ({ getText, label = 'Kopier svar med kilder' }: { getText: () => string; label?: string }) => {
  const [result, setResult] = useState<'copied' | 'failed' | null>(null);

  useEffect(() => {
    if (result === null) return;
    const timer = setTimeout(() => setResult(null), 2500);
    return () => clearTimeout(timer);
  }, [result]);

  return (
    <span className="copy-button">
      <button type="button" className="quiet-button" onClick={async () => setResult((await copyText(getText())) ? 'copied' : 'failed')}>
        {label}
      </button>
      <span role="status" className="copy-status">
        {result === 'copied' ? 'Kopiert.' : result === 'failed' ? 'Kunne ikke kopiere.' : ''}
      </span>
    </span>
  );
};
