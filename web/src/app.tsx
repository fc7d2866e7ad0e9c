import type { DocumentSummary, SearchResult, Span } from '@kildesvar/core/schemas';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Composer } from './components/composer';
import { Conversation } from './components/conversation';
import { ConversationTools } from './components/conversation-tools';
import { DocumentFilter } from './components/document-filter';
import { EmptyState } from './components/empty-state';
import { ErrorNotice } from './components/error-notice';
import { HistoryList } from './components/history-list';
import { MenuIcon } from './components/icons';
import { LanguageSwitch } from './components/language-switch';
import { Sidebar } from './components/sidebar';
import { SourcePanel, type SourceSelection } from './components/source-panel';
import { UndoNotice } from './components/undo-notice';
import { useChat } from './hooks/use-chat';
import { useConversationHistory } from './hooks/use-conversation-history';
import { useDocumentDetail } from './hooks/use-document-detail';
import { useDocuments } from './hooks/use-documents';
import { useFollowAnswer } from './hooks/use-follow-answer';
import { drawerQuery, sheetQuery, useMediaQuery } from './hooks/use-media-query';
import { usePermalink } from './hooks/use-permalink';
import { LanguageProvider, useMessages } from './i18n/language';
import { createId, type ChatTurn } from './lib/chat-turn';
import { titleFor, type Conversation as SavedConversation } from './lib/conversation-storage';
import { downloadText } from './lib/download';
import { conversationMarkdown } from './lib/format-markdown';

/** The chat page: history and filters, the conversation with its composer, and the source panel. */
const ChatPage = () => {
  const messages = useMessages();
  const chat = useChat();
  const history = useConversationHistory();
  const { state: documentsState, reload: reloadDocuments } = useDocuments();
  const [conversationId, setConversationId] = useState(createId);
  const [draft, setDraft] = useState('');
  const [files, setFiles] = useState<string[]>([]);
  const [menuOpen, setMenuOpen] = useState(false);
  const [selection, setSelection] = useState<SourceSelection | null>(null);
  const [span, setSpan] = useState<Span | null>(null);
  const [deleted, setDeleted] = useState<{ conversation: SavedConversation; wasOpen: boolean } | null>(null);
  const detail = useDocumentDetail(span?.file ?? null);
  const composerRef = useRef<HTMLTextAreaElement>(null);
  const scrollRef = useRef<HTMLDivElement>(null);
  const panelOpenerRef = useRef<HTMLElement | null>(null);
  const menuButtonRef = useRef<HTMLButtonElement>(null);
  const followAnswer = useFollowAnswer(scrollRef, chat.turns);
  const drawerMode = useMediaQuery(drawerQuery);
  const sheetMode = useMediaQuery(sheetQuery);
  const documentList = useMemo(() => (documentsState.status === 'ready' ? documentsState.documents : []), [documentsState]);
  const documents = useMemo(() => new Map<string, DocumentSummary>(documentList.map((document) => [document.file, document])), [documentList]);

  // One modal at a time: the menu drawer (narrow screens) or the source sheet (phones). The rest is inert.
  const modal: 'drawer' | 'sheet' | null = drawerMode && menuOpen ? 'drawer' : sheetMode && selection !== null ? 'sheet' : null;
  const inertUnless = (region: 'drawer' | 'sheet') => modal !== null && modal !== region;

  // Save the conversation whenever it settles (an answer done, stopped or failed).
  const { save, conversations } = history;
  useEffect(() => {
    if (chat.status === 'streaming' || chat.turns.length === 0) return;
    if (conversations.find((entry) => entry.id === conversationId)?.turns === chat.turns) return;
    const firstQuestion = chat.turns.find((turn) => turn.role === 'user')?.content ?? '';
    save({ id: conversationId, title: titleFor(firstQuestion), updatedAt: Date.now(), turns: chat.turns });
  }, [chat.turns, chat.status, conversationId, conversations, save]);

  const closePanel = useCallback(() => {
    setSelection(null);
    setSpan(null);
  }, []);

  const startConversation = useCallback(
    (id: string, turns: ChatTurn[]) => {
      chat.load(turns);
      setConversationId(id);
      closePanel();
      setMenuOpen(false);
    },
    [chat, closePanel],
  );

  // The conversation lives in the address too: a reload or a shared link reopens it.
  const openFromLink = useCallback(
    (turns: ChatTurn[]) => {
      // The link carries passages shortened, so the saved copy is found by its questions and answers.
      const words = (list: ChatTurn[]) => JSON.stringify(list.map((turn) => [turn.role, turn.content]));
      const same = conversations.find((entry) => words(entry.turns) === words(turns));
      startConversation(same?.id ?? createId(), same?.turns ?? turns);
    },
    [conversations, startConversation],
  );
  const { restoring } = usePermalink(chat.turns, chat.status !== 'streaming', openFromLink);

  const ask = (question: string) => {
    followAnswer();
    chat.send(question, files);
    setDraft('');
    composerRef.current?.focus();
  };

  const openSource = useCallback((source: SearchResult, label: string) => {
    panelOpenerRef.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setSelection({ source, label });
    setSpan({ file: source.file, start: source.start, end: source.end });
  }, []);

  // Focus that must wait for the next render: a modal's opener is inert until the modal is gone.
  const returnFocusRef = useRef<HTMLElement | null>(null);
  const nothingOpen = selection === null && !(drawerMode && menuOpen);
  useEffect(() => {
    if (!nothingOpen) return;
    returnFocusRef.current?.focus();
    returnFocusRef.current = null;
  }, [nothingOpen]);

  const closeSource = useCallback(() => {
    returnFocusRef.current = panelOpenerRef.current;
    closePanel();
  }, [closePanel]);

  const closeMenu = useCallback(() => {
    returnFocusRef.current = menuButtonRef.current;
    setMenuOpen(false);
  }, []);

  // The buttons below vanish once pressed; the focus goes to the question field instead of being lost.
  const stop = () => {
    chat.stop();
    composerRef.current?.focus();
  };
  const retry = () => {
    followAnswer();
    chat.retry(files);
    composerRef.current?.focus();
  };
  const editFailedQuestion = () => {
    const question = chat.takeBackFailedQuestion();
    setDraft((current) => (current.trim() === '' ? question : `${question}\n${current}`));
    composerRef.current?.focus();
  };
  const newChat = () => {
    startConversation(createId(), []);
    composerRef.current?.focus();
  };
  const openSaved = (id: string) => startConversation(id, history.conversations.find((entry) => entry.id === id)?.turns ?? []);
  const deleteConversation = (id: string) => {
    const conversation = history.conversations.find((entry) => entry.id === id);
    if (conversation === undefined) return;
    history.remove(id);
    setDeleted({ conversation, wasOpen: id === conversationId });
    if (id === conversationId) startConversation(createId(), []);
  };
  const undoDelete = () => {
    if (deleted === null) return;
    history.restore(deleted.conversation);
    if (deleted.wasOpen) startConversation(deleted.conversation.id, deleted.conversation.turns);
    setDeleted(null);
  };
  const exportMarkdown = () => {
    const markdown = conversationMarkdown(chat.turns, { messages, yearOf: (file) => documents.get(file)?.year, link: window.location.href });
    downloadText(markdown, `kildesvar-${new Date().toISOString().slice(0, 10)}.md`);
  };

  const filterNote =
    files.length > 0 && documentList.length > 0 ? (
      <span className="filter-note">
        {' '}
        {messages.filterNote(files.length, documentList.length)}{' '}
        <button type="button" className="link-button" onClick={() => setFiles([])}>
          {messages.filterSearchAll}
        </button>
      </span>
    ) : null;

  const drawerOpen = drawerMode && menuOpen;
  return (
    <div className={`app${selection ? ' panel-open' : ''}${menuOpen ? ' menu-open' : ''}`}>
      <a className="skip-link" href="#question" inert={modal !== null}>
        {messages.skipToQuestion}
      </a>
      <header className="app-header" inert={modal !== null}>
        <button
          ref={menuButtonRef}
          type="button"
          className="menu-button quiet-button"
          aria-expanded={drawerOpen}
          aria-controls="sidebar"
          aria-haspopup="dialog"
          onClick={() => setMenuOpen((open) => !open)}
        >
          <MenuIcon />
          {messages.menu}
        </button>
        <h1>
          Kildesvar <span className="tagline">{messages.appTagline}</span>
        </h1>
        {!drawerMode && <LanguageSwitch />}
        <button type="button" className="quiet-button" onClick={newChat}>
          {messages.newConversation}
        </button>
      </header>
      <Sidebar drawer={drawerMode} open={menuOpen} inert={inertUnless('drawer')} onClose={closeMenu}>
        <HistoryList conversations={history.conversations} currentId={conversationId} onOpen={openSaved} onDelete={deleteConversation} />
        {deleted !== null && <UndoNotice key={deleted.conversation.id} title={deleted.conversation.title} onUndo={undoDelete} />}
        {history.storageFailed && <p className="muted">{messages.storageFailed}</p>}
        {documentList.length > 0 && <DocumentFilter documents={documentList} selected={files} onChange={setFiles} />}
      </Sidebar>
      {drawerOpen && <div className="backdrop" aria-hidden="true" onClick={closeMenu} />}
      <main className="main" inert={modal !== null}>
        <div className="conversation-scroll" ref={scrollRef}>
          {chat.turns.length > 0 && chat.status !== 'streaming' && <ConversationTools getLink={() => window.location.href} onExport={exportMarkdown} />}
          {chat.turns.length === 0 ? (
            restoring ? null : (
              <EmptyState documentsState={documentsState} onReloadDocuments={reloadDocuments} onAsk={ask} />
            )
          ) : (
            <Conversation turns={chat.turns} documents={documents} onOpenSource={openSource} />
          )}
          {chat.status === 'error' && chat.error !== null && <ErrorNotice error={chat.error} onRetry={retry} onEdit={editFailedQuestion} />}
        </div>
        <Composer
          ref={composerRef}
          value={draft}
          onChange={setDraft}
          onSubmit={() => ask(draft)}
          onStop={stop}
          streaming={chat.status === 'streaming'}
          note={filterNote}
        />
      </main>
      {selection !== null && span !== null && (
        <>
          {modal === 'sheet' && <div className="backdrop sheet-backdrop" aria-hidden="true" onClick={closeSource} />}
          <SourcePanel
            selection={selection}
            span={span}
            documentState={detail.state}
            documents={documents}
            modal={modal === 'sheet'}
            inert={inertUnless('sheet')}
            onSelectSpan={setSpan}
            onClose={closeSource}
            onRetry={detail.retry}
          />
        </>
      )}
    </div>
  );
};

/** The page in the interface language the reader chose (remembered), bokmål by default. */
export const App = () => (
  <LanguageProvider>
    <ChatPage />
  </LanguageProvider>
);
