import { Popup } from '@/components/popup/Popup';
import { mount } from '@/components/shared/mount';
// The options page's colours and controls, then the popup's own layout.
import '../options/style.css';
import './style.css';

mount(<Popup />);
