import type { DocumentSummary, SearchResult, Span } from '@kildesvar/core/schemas';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Composer } from './components/composer';
import { Conversation } from './components/conversation';
import { DocumentFilter } from './components/document-filter';
import { EmptyState } from './components/empty-state';
import { ErrorNotice } from './components/error-notice';
import { HistoryList } from './components/history-list';
import { SourcePanel, type SourceSelection } from './components/source-panel';
import { useChat } from './hooks/use-chat';
import { useConversationHistory } from './hooks/use-conversation-history';
import { useDocumentDetail } from './hooks/use-document-detail';
import { useDocuments } from './hooks/use-documents';
import { useFollowAnswer } from './hooks/use-follow-answer';
import { createId } from './lib/chat-turn';
import { titleFor } from './lib/conversation-storage';

/** The chat page: history and filters, the conversation with its composer, and the source panel. */
export const App = () => {
  const chat = useChat();
  const history = useConversationHistory();
  const { state: documentsState, reload: reloadDocuments } = useDocuments();
  const [conversationId, setConversationId] = useState(createId);
  const [draft, setDraft] = useState('');
  const [files, setFiles] = useState<string[]>([]);
  const [menuOpen, setMenuOpen] = useState(false);
  const [selection, setSelection] = useState<SourceSelection | null>(null);
  const [span, setSpan] = useState<Span | null>(null);
  const detail = useDocumentDetail(span?.file ?? null);
  const composerRef = useRef<HTMLTextAreaElement>(null);
  const scrollRef = useRef<HTMLDivElement>(null);
  const panelOpenerRef = useRef<HTMLElement | null>(null);
  const sidebarRef = useRef<HTMLDivElement>(null);
  const followAnswer = useFollowAnswer(scrollRef, chat.turns);

  const documentList = useMemo(() => (documentsState.status === 'ready' ? documentsState.documents : []), [documentsState]);
  const documents = useMemo(() => new Map<string, DocumentSummary>(documentList.map((document) => [document.file, document])), [documentList]);

  // Save the conversation whenever it settles (an answer done, stopped or failed).
  const { save, conversations } = history;
  useEffect(() => {
    if (chat.status === 'streaming' || chat.turns.length === 0) return;
    if (conversations.find((entry) => entry.id === conversationId)?.turns === chat.turns) return;
    const firstQuestion = chat.turns.find((turn) => turn.role === 'user')?.content ?? '';
    save({ id: conversationId, title: titleFor(firstQuestion), updatedAt: Date.now(), turns: chat.turns });
  }, [chat.turns, chat.status, conversationId, conversations, save]);

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

  const closeSource = useCallback(() => {
    setSelection(null);
    setSpan(null);
    panelOpenerRef.current?.focus();
  }, []);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      if (selection !== null) closeSource();
      else setMenuOpen(false);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [selection, closeSource]);

  // The menu drawer (narrow screens) takes the focus when it opens.
  useEffect(() => {
    if (menuOpen) sidebarRef.current?.focus();
  }, [menuOpen]);

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

  const startConversation = (id: string, turns = history.conversations.find((entry) => entry.id === id)?.turns ?? []) => {
    chat.load(turns);
    setConversationId(id);
    setSelection(null);
    setSpan(null);
    setMenuOpen(false);
  };

  const newChat = () => {
    startConversation(createId(), []);
    composerRef.current?.focus();
  };

  const deleteConversation = (id: string) => {
    history.remove(id);
    if (id === conversationId) newChat();
  };

  const filterNote =
    files.length > 0 && documentList.length > 0 ? (
      <span className="filter-note">
        {' '}
        Søker bare i {files.length} av {documentList.length} dokumenter.{' '}
        <button type="button" className="link-button" onClick={() => setFiles([])}>
          Søk i alle
        </button>
      </span>
    ) : null;

  return (
    <div className={`app${selection ? ' panel-open' : ''}${menuOpen ? ' menu-open' : ''}`}>
      <a className="skip-link" href="#question">
        Gå til spørsmålsfeltet
      </a>
      <header className="app-header">
        <button type="button" className="menu-button quiet-button" aria-expanded={menuOpen} aria-controls="sidebar" onClick={() => setMenuOpen((open) => !open)}>
          Meny
        </button>
        <h1>
          Kildesvar <span className="tagline">svar med kilder fra offentlige digitaliseringsdokumenter</span>
        </h1>
        <button type="button" className="quiet-button" onClick={newChat}>
          Ny samtale
        </button>
      </header>
      <div className="sidebar" id="sidebar" ref={sidebarRef} tabIndex={-1}>
        <HistoryList conversations={history.conversations} currentId={conversationId} onOpen={(id) => startConversation(id)} onDelete={deleteConversation} />
        {history.storageFailed && <p className="muted">Nettleseren lar ikke Kildesvar lagre samtaler; denne samtalen finnes bare i denne fanen.</p>}
        {documentList.length > 0 && <DocumentFilter documents={documentList} selected={files} onChange={setFiles} />}
      </div>
      {menuOpen && <button type="button" className="backdrop" aria-label="Lukk menyen" tabIndex={-1} onClick={() => setMenuOpen(false)} />}
      <main className="main">
        <div className="conversation-scroll" ref={scrollRef}>
          {chat.turns.length === 0 ? (
            <EmptyState documentsState={documentsState} onReloadDocuments={reloadDocuments} onAsk={ask} />
          ) : (
            <Conversation turns={chat.turns} documents={documents} onOpenSource={openSource} />
          )}
          {chat.status === 'error' && chat.error !== null && (
            <ErrorNotice error={chat.error} onRetry={retry} onEdit={editFailedQuestion} />
          )}
        </div>
        <Composer ref={composerRef} value={draft} onChange={setDraft} onSubmit={() => ask(draft)} onStop={stop} streaming={chat.status === 'streaming'} note={filterNote} />
      </main>
      {selection !== null && span !== null && (
        <>
          <button type="button" className="backdrop sheet-backdrop" aria-label="Lukk kildepanelet" tabIndex={-1} onClick={closeSource} />
          <SourcePanel
            selection={selection}
            span={span}
            documentState={detail.state}
            documents={documents}
            onSelectSpan={setSpan}
            onClose={closeSource}
            onRetry={detail.retry}
          />
        </>
      )}
    </div>
  );
};
