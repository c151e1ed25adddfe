import { useEffect } from 'preact/hooks';
import { t } from '../i18n';

export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} - ${t('合舟·在线调解')}`;
  }, [title]);
}
