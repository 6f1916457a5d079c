import { useId } from 'react';
import { useDataset } from '@/dataset/useDataset';
import type { MembersFilter, UnionFilter } from '@/derive/filterUnions';

interface UnionTableToolbarProps {
  filter: UnionFilter;
  onFilterChange: (filter: UnionFilter) => void;
  /** "6 of 15 unions", and how they are sorted: announced politely as it changes. */
  status: string;
  onDownload: () => void;
}

const MEMBERS_CHOICES: Array<{ value: MembersFilter; label: string }> = [
  { value: 'all', label: 'All' },
  { value: 'known', label: 'Known' },
  { value: 'unknown', label: 'Unknown' },
];

/** The filter box, the membership choice, the live count and the CSV download. */
export function UnionTableToolbar({ filter, onFilterChange, status, onDownload }: UnionTableToolbarProps) {
  const { membersDateLabel } = useDataset();
  const searchId = useId();
  const membersName = useId();
  return (
    <div className="table-toolbar">
      <div className="table-toolbar__search">
        <label htmlFor={searchId}>Filter unions</label>
        <input
          id={searchId}
          type="search"
          value={filter.query}
          placeholder="Name, abbreviation or 日本語"
          autoComplete="off"
          spellCheck={false}
          onChange={(event) => onFilterChange({ ...filter, query: event.target.value })}
        />
      </div>
      <fieldset className="radio-group">
        <legend>{membersDateLabel} membership</legend>
        {MEMBERS_CHOICES.map(({ value, label }) => (
          <label key={value}>
            <input
              type="radio"
              name={membersName}
              value={value}
              checked={filter.members === value}
              onChange={() => onFilterChange({ ...filter, members: value })}
            />
            {label}
          </label>
        ))}
      </fieldset>
      <button type="button" className="button" onClick={onDownload}>
        Download CSV
      </button>
      <p className="table-toolbar__status" role="status">
        {status}
      </p>
    </div>
  );
}
