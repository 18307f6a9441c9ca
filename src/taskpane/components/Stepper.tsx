import { useEffect, useRef } from 'react';
import { Tab, TabList, Text, makeStyles, tokens } from '@fluentui/react-components';
import { STEPS, type StepId } from '../state';
import { useMessages } from '../i18n';

const useStyles = makeStyles({
  // Wraps to a second row rather than overflow a 270 px pane (Excel on Mac).
  list: { flexWrap: 'wrap', rowGap: '2px', marginLeft: `calc(-1 * ${tokens.spacingHorizontalXS})` },
  tab: { paddingLeft: tokens.spacingHorizontalXS, paddingRight: tokens.spacingHorizontalXS, minWidth: 0 },
  counter: { display: 'block', marginTop: tokens.spacingVerticalS, marginBottom: 0 },
  heading: { display: 'block', margin: 0, outlineOffset: '2px' },
});

interface Props {
  step: StepId;
  /** Steps the user may jump to (the results and later need the analysis to run). */
  reachable: (step: StepId) => boolean;
  onChoose: (step: StepId) => void;
}

/**
 * Where the user is: a labelled tab list of the six steps (each named by its step, not its number), then the
 * step's heading. On every step change the page goes back to its top and the heading takes the focus, so a
 * screen reader announces the new step and the user starts reading at its beginning.
 */
export function Stepper({ step, reachable, onChoose }: Props) {
  const { m } = useMessages();
  const c = useStyles();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    window.scrollTo(0, 0);
    heading.current?.focus({ preventScroll: true });
  }, [step]);
  const index = STEPS.indexOf(step);
  return (
    <nav aria-label={m.stepper}>
      <TabList
        className={c.list}
        size="small"
        selectedValue={step}
        onTabSelect={(_, data) => onChoose(data.value as StepId)}
        aria-label={m.stepper}
        data-testid="stepper"
      >
        {STEPS.map((id, i) => (
          <Tab
            key={id}
            value={id}
            className={c.tab}
            disabled={!reachable(id)}
            aria-label={m.stepLabel(i + 1, m.steps[id])}
            data-testid={`nav-${id}`}
          >
            {m.steps[id]}
          </Tab>
        ))}
      </TabList>
      <Text size={200} as="p" className={c.counter}>
        {m.stepOf(index + 1, STEPS.length)}
      </Text>
      <Text
        size={500}
        weight="semibold"
        as="h2"
        className={c.heading}
        ref={heading}
        tabIndex={-1}
        data-testid="step-title"
      >
        {m.steps[step]}
      </Text>
    </nav>
  );
}
