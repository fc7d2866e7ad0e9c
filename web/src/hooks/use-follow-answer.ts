import { useLayoutEffect, useRef, type RefObject } from 'react';

const margin = 16;

/**
 * Scrolls a conversation so the answer being written stays in view as `content` changes, but never
 * past the top of the question it answers, so a long answer is read from its start. Does nothing
 * once the reader scrolls up; `follow()` turns it back on (after sending a question).
 */
export const useFollowAnswer = (container: RefObject<HTMLElement | null>, content: unknown) => {
  const following = useRef(true);
  const lastAutomaticTop = useRef<number | null>(null);

  useLayoutEffect(() => {
    const element = container.current;
    if (element === null) return;
    const onScroll = () => {
      // A scroll we did not make, upwards, means the reader wants to stay where they are.
      if (lastAutomaticTop.current !== null && element.scrollTop < lastAutomaticTop.current - 4) following.current = false;
    };
    element.addEventListener('scroll', onScroll, { passive: true });
    return () => element.removeEventListener('scroll', onScroll);
  }, [container]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: follows the answer each time its content grows
  useLayoutEffect(() => {
    const element = container.current;
    if (element === null || !following.current) return;
    const questions = element.querySelectorAll('.user-message');
    const answers = element.querySelectorAll('.assistant-message');
    const question = questions[questions.length - 1];
    const answer = answers[answers.length - 1];
    if (question === undefined) return;
    const base = element.getBoundingClientRect().top - element.scrollTop;
    const questionTop = question.getBoundingClientRect().top - base - margin;
    const answerBottom = (answer ?? question).getBoundingClientRect().bottom - base + margin;
    const wanted = Math.min(answerBottom - element.clientHeight, questionTop);
    if (wanted > element.scrollTop) {
      element.scrollTop = wanted;
      lastAutomaticTop.current = element.scrollTop;
    }
  }, [container, content]);

  return () => {
    following.current = true;
    lastAutomaticTop.current = null;
  };
};
