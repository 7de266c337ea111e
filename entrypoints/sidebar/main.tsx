import { mountPage } from '../shared/mount-page';
import { App } from './App';
import './style.css';

mountPage('sidebarTitle', <App />);
