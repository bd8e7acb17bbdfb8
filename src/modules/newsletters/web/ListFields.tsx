// The name and description of a newsletter list: the same two fields when a list is created (ListsPage) and when
// it is changed (ListSettings).
import { useTranslation } from 'react-i18next';
import { TextField } from '../../../web/components/Field.tsx';

type Props = {
  /** Prefix of the fields' ids and test ids: `${idPrefix}-name`, `${idPrefix}-description`. */
  idPrefix: string;
  name: string;
  description: string;
  onName: (v: string) => void;
  onDescription: (v: string) => void;
  errors: Record<string, string | undefined>;
};

export function ListFields({ idPrefix, name, description, onName, onDescription, errors }: Props) {
  const { t } = useTranslation();
  return (
    <>
      <TextField
        className="col-md-6"
        id={`${idPrefix}-name`}
        label={t('newsletters.lists.name')}
        value={name}
        onChange={onName}
        error={errors.name}
        required
        testId={`${idPrefix}-name`}
      />
      <TextField
        className="col-md-6"
        id={`${idPrefix}-description`}
        label={t('newsletters.lists.description')}
        value={description}
        onChange={onDescription}
        error={errors.description}
      />
    </>
  );
}
