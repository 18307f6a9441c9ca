import { Button, Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { STEPS, type StepId } from '../state';
import { useMessages } from '../i18n';

const useStyles = makeStyles({
  nav: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  dots: { display: 'flex', columnGap: '4px', flexWrap: 'wrap' },
  dot: {
    minWidth: 0,
    width: '44px',
    height: '24px',
    padding: 0,
    fontSize: tokens.fontSizeBase100,
  },
  current: { fontWeight: tokens.fontWeightBold },
});

interface Props {
  step: StepId;
  /** Steps the user may jump to (the results and later need the analysis to run). */
  reachable: (step: StepId) => boolean;
  onChoose: (step: StepId) => void;
}

/** Where the user is: "ステップ 2/6 列の確認" plus one small button per step. */
export function StepNav({ step, reachable, onChoose }: Props) {
  const { m } = useMessages();
  const c = useStyles();
  const index = STEPS.indexOf(step);
  return (
    <nav className={c.nav} aria-label={m.appTitle}>
      <Text size={200}>{m.stepOf(index + 1, STEPS.length)}</Text>
      <Text size={500} weight="semibold" as="h2" style={{ margin: 0 }} data-testid="step-title">
        {m.steps[step]}
      </Text>
      <div className={c.dots}>
        {STEPS.map((id, i) => (
          <Button
            key={id}
            size="small"
            className={mergeClasses(c.dot, id === step && c.current)}
            appearance={id === step ? 'primary' : 'secondary'}
            disabled={!reachable(id)}
            aria-current={id === step ? 'step' : undefined}
            title={m.steps[id]}
            data-testid={`nav-${id}`}
            onClick={() => onChoose(id)}
          >
            {i + 1}
          </Button>
        ))}
      </div>
    </nav>
  );
}
