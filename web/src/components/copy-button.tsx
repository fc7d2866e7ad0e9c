import { useEffect, useState, type ReactNode } from 'react';
import { useMessages } from '../i18n/language';

const copyText = async (text: string): Promise<boolean> => {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // No Clipboard API on plain-HTTP pages at a LAN address: fall back to a selected textarea.
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.className = 'offscreen-copy';
    document.body.append(area);
    area.select();
    const copied = typeof document.execCommand === 'function' && document.execCommand('copy');
    area.remove();
    return copied;
  }
};

/** Copies `getText()` to the clipboard and says so. */
export const CopyButton = ({ getText, label, copiedText, icon }: { getText: () => string; label?: string; copiedText?: string; icon?: ReactNode }) => {
  const messages = useMessages();
  const [result, setResult] = useState<'copied' | 'failed' | null>(null);

  useEffect(() => {
    if (result === null) return;
    const timer = setTimeout(() => setResult(null), 2500);
    return () => clearTimeout(timer);
  }, [result]);

  return (
    <span className="copy-button">
      <button type="button" className="quiet-button" onClick={async () => setResult((await copyText(getText())) ? 'copied' : 'failed')}>
        {icon}
        {label ?? messages.copyAnswer}
      </button>
      <span role="status" className="copy-status">
        {result === 'copied' ? (copiedText ?? messages.copied) : result === 'failed' ? messages.copyFailed : ''}
      </span>
    </span>
  );
};
