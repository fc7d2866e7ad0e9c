import { useMessages } from '../i18n/language';
import { CopyButton } from './copy-button';
import { DownloadIcon, LinkIcon, PrintIcon } from './icons';

type ConversationToolsProps = {
  /** The address that reopens this conversation (it carries the conversation itself). */
  getLink: () => string;
  onExport: () => void;
};

/** What can be done with the whole conversation: link to it, print it, download it as Markdown. */
export const ConversationTools = ({ getLink, onExport }: ConversationToolsProps) => {
  const messages = useMessages();
  return (
    // biome-ignore lint/a11y/useSemanticElements: a toolbar of buttons, not a form, so a group rather than a fieldset
    <div className="conversation-tools" role="group" aria-label={messages.toolsLabel}>
      <CopyButton getText={getLink} label={messages.copyLink} copiedText={messages.linkCopied} icon={<LinkIcon />} />
      <button type="button" className="quiet-button" onClick={() => window.print()}>
        <PrintIcon />
        {messages.print}
      </button>
      <button type="button" className="quiet-button" onClick={onExport}>
        <DownloadIcon />
        {messages.exportMarkdown}
      </button>
    </div>
  );
};
