import { interfaceLanguages, useLanguage, type InterfaceLanguage } from '../i18n/language';

/** Bokmål, nynorsk or English for the interface; the choice is remembered in this browser. */
export const LanguageSwitch = ({ showLabel = false }: { showLabel?: boolean }) => {
  const { language, messages, setLanguage } = useLanguage();
  return (
    <label className="language-switch">
      <span className={showLabel ? 'language-label' : 'visually-hidden'}>{messages.languageLabel}</span>
      <select value={language} onChange={(event) => setLanguage(event.target.value as InterfaceLanguage)}>
        {interfaceLanguages.map((option) => (
          <option key={option.code} value={option.code} lang={option.code}>
            {option.name}
          </option>
        ))}
      </select>
    </label>
  );
};
