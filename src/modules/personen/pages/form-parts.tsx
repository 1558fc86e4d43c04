import { TextAreaField } from '../../../web/components/form-fields.tsx';

/** The shared textarea, six rows high for expertise texts. */
export function TextArea(props: Parameters<typeof TextAreaField>[0]) {
  return <TextAreaField rows={6} {...props} />;
}
