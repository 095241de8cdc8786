import { OptionsPage } from '@/components/options/OptionsPage';
import { mount } from '@/components/shared/mount';
import './style.css';

mount(<OptionsPage />);
