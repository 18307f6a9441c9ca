import { Component, type ErrorInfo as ReactErrorInfo, type ReactNode } from 'react';
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Text,
} from '@fluentui/react-components';
import { I18nContext, type I18n } from '../i18n';

interface Props {
  children: ReactNode;
}

/**
 * Catches an error thrown while rendering a part of the pane and shows a plain-language message with a way to
 * try again, instead of a blank pane. The workbook is never touched by rendering, so the message can say so.
 */
export class ErrorBoundary extends Component<Props, { error: Error | null }> {
  static override contextType = I18nContext;
  declare context: I18n;
  override state = { error: null as Error | null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override componentDidCatch(error: Error, info: ReactErrorInfo): void {
    // Kept for the developer console; the user sees the message below.
    console.warn('WLB pane render error', error, info.componentStack);
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    const { boundary, errors } = this.context.m;
    return (
      <MessageBar intent="error" layout="multiline" data-testid="render-error" role="alert">
        <MessageBarBody>
          <MessageBarTitle>{boundary.message}</MessageBarTitle>
          <div>{boundary.hint}</div>
          <Text size={100}>{errors.detail(error.message)}</Text>
        </MessageBarBody>
        <MessageBarActions>
          <Button size="small" onClick={() => this.setState({ error: null })}>
            {boundary.retry}
          </Button>
        </MessageBarActions>
      </MessageBar>
    );
  }
}
