import { useId, useState, type FormEvent } from 'react';
import { useT } from './i18n';

interface SearchFormProps {
  chains: { id: number; name: string }[];
  busy: boolean;
  onSearch(query: string, chain: number | undefined): void;
}

export function SearchForm({ chains, busy, onSearch }: SearchFormProps) {
  const t = useT();
  const queryId = useId();
  const chainId = useId();
  const [query, setQuery] = useState('');
  const [chain, setChain] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (query.trim()) onSearch(query.trim(), chain ? Number(chain) : undefined);
  };
  return (
    <form className="search-form" role="search" onSubmit={submit}>
      <label htmlFor={queryId}>{t('searchLabel')}</label>
      <div className="search-row">
        <input id={queryId} type="search" value={query} placeholder={t('searchPlaceholder')} onChange={(e) => setQuery(e.currentTarget.value)} autoFocus />
        <label htmlFor={chainId} className="visually-hidden">{t('chainFilter')}</label>
        <select id={chainId} value={chain} onChange={(e) => setChain(e.currentTarget.value)}>
          <option value="">{t('anyChain')}</option>
          {chains.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
        </select>
        <button type="submit" disabled={busy}>{t('searchButton')}</button>
      </div>
    </form>
  );
}
