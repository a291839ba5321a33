(self.SURVEYOR_SEARCH||(self.SURVEYOR_SEARCH={}))["s-rb"]={"key":"rb","forms":{"rbridge":[0]},"terms":[{"w":575,"p":"pWb"}]};
