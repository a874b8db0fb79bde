import { mergeStyleSets } from '@fluentui/react/lib/Styling';

export const approveStyles = mergeStyleSets({
  message: { fontStyle: 'italic', margin: '4px 0' },
  photo: { width: 120, height: 120, objectFit: 'cover', borderRadius: 4 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: 8, marginTop: 8 },
  reject: { marginTop: 8 },
  reasons: { margin: '4px 0', paddingLeft: 20 },
  confirm: { flexBasis: '100%', margin: 0, fontWeight: 600 },
  queue: { display: 'flex', flexDirection: 'column', gap: 12, listStyle: 'none', margin: 0, padding: 0 },
});
