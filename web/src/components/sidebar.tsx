import { useEffect, useRef, type ReactNode } from 'react';
import { useMessages } from '../i18n/language';
import { trapTab } from '../lib/focus-trap';
import { CloseIcon } from './icons';
import { LanguageSwitch } from './language-switch';

type SidebarProps = {
  /** Narrow screens: the sidebar is a drawer behind «Meny», a modal dialog while open. */
  drawer: boolean;
  open: boolean;
  /** Behind another modal (the source sheet). */
  inert: boolean;
  onClose: () => void;
  children: ReactNode;
};

/**
 * The history and the document filter: a column on wide screens; on narrow ones a modal drawer
 * with its own heading, close button and language switch, which takes the focus when it opens,
 * keeps Tab inside and closes on Escape.
 */
export const Sidebar = ({ drawer, open, inert, onClose, children }: SidebarProps) => {
  const messages = useMessages();
  const ref = useRef<HTMLDivElement>(null);
  const closeRef = useRef<HTMLButtonElement>(null);
  const modal = drawer && open;

  useEffect(() => {
    if (modal) closeRef.current?.focus();
  }, [modal]);

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: a modal dialog in drawer mode; its key handler traps Tab and closes on Escape
    <div
      className="sidebar"
      id="sidebar"
      ref={ref}
      inert={inert || (drawer && !open)}
      {...(modal ? { role: 'dialog', 'aria-modal': true, 'aria-labelledby': 'drawer-title' } : {})}
      onKeyDown={(event) => {
        if (!modal || ref.current === null) return;
        trapTab(event, ref.current);
        if (event.key !== 'Escape') return;
        event.preventDefault();
        onClose();
      }}
    >
      {drawer && (
        <div className="drawer-header">
          <h2 id="drawer-title">{messages.menu}</h2>
          <button ref={closeRef} type="button" className="icon-button close-button" aria-label={messages.closeMenu} onClick={onClose}>
            <CloseIcon />
          </button>
        </div>
      )}
      {drawer && <LanguageSwitch showLabel />}
      {children}
    </div>
  );
};
